import {
	ParseError,
	ReasonEmptyFile,
	ReasonFileTooLarge,
	ReasonMalformedGeoPackage
} from '../../errors';
import { buildZones } from './build-zones';
import { detectZonesFormat, hasSqliteHeader } from './detect-zones-format';
import { readZonesGeoJson } from './read-zones-geojson';
import { readZonesGeoPackage } from './read-zones-geopackage';
import type { ReadZonesOptions, ZoneImport } from './types';

/**
 * A zone file is tens of local areas, well under 1 MB even with detailed borders; 50 MB
 * leaves room for a municipality's worth of vertices and refuses runaway uploads before
 * sql.js copies them into WebAssembly memory.
 */
export const MAX_ZONE_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Reads local-area zones from GeoJSON or GeoPackage bytes: zones in EPSG:25832 with RFC 7946
 * ring order, the CRS the file was in, and notes on everything that was changed. Anything
 * that cannot be read or repaired throws a ParseError, CrsError or GeometryError naming the
 * file and the zone, and nothing is returned: the caller stores all zones or none.
 * @example const { zones, notes } = await readZonesFile(bytes, 'lokalomrader.gpkg')
 */
export async function readZonesFile(
	bytes: Uint8Array,
	fileName: string,
	options: ReadZonesOptions = {}
): Promise<ZoneImport> {
	const maxBytes = options.maxBytes ?? MAX_ZONE_FILE_BYTES;
	if (bytes.length === 0) {
		throw new ParseError(ReasonEmptyFile, 'the file has no content', { file: fileName });
	}
	if (bytes.length > maxBytes) {
		throw new ParseError(ReasonFileTooLarge, `${bytes.length} bytes; the limit is ${maxBytes}`, {
			file: fileName
		});
	}
	if (detectZonesFormat(bytes, fileName) === 'geojson') {
		return buildZones(readZonesGeoJson(new TextDecoder().decode(bytes), fileName), fileName);
	}
	if (!hasSqliteHeader(bytes)) {
		throw new ParseError(
			ReasonMalformedGeoPackage,
			'the file does not start with an SQLite header',
			{
				file: fileName
			}
		);
	}
	return buildZones(await readZonesGeoPackage(bytes, fileName, options), fileName);
}
