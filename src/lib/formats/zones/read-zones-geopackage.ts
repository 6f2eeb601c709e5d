import {
	CrsError,
	ParseError,
	ReasonNoPolygonLayer,
	ReasonSeveralPolygonLayers,
	ReasonUnknownCrs
} from '../../errors';
import { isSupportedSrid } from '../../geometry/crs';
import { openGeoPackage, type GeoPackageLayer } from '../gpkg/open-geopackage';
import { zoneName } from './pick-zone-attributes';
import type { RawZoneFile, ReadZonesOptions } from './types';

const POLYGON_TYPES = ['POLYGON', 'MULTIPOLYGON'];
/** GDAL declares a layer of mixed Polygon and MultiPolygon features (or unknown) this way. */
const GENERIC_TYPES = ['GEOMETRY', 'GEOMETRYCOLLECTION'];

/**
 * Reads the one polygon layer of a GeoPackage (or `options.layer`): its features with
 * attributes and 2D geometry, and its EPSG code from gpkg_spatial_ref_sys. A file with no
 * polygon layer, or several and no choice, is refused naming the layers it has.
 * @example (await readZonesGeoPackage(bytes, 'soner.gpkg')).srid // 25832
 */
export async function readZonesGeoPackage(
	bytes: Uint8Array,
	fileName: string,
	options: Pick<ReadZonesOptions, 'layer' | 'locateFile'> = {}
): Promise<RawZoneFile> {
	const gpkg = await openGeoPackage(bytes, { fileName, locateFile: options.locateFile });
	try {
		const layer = pickLayer(gpkg.layers, options.layer, fileName);
		if (layer.epsg === null || !isSupportedSrid(layer.epsg)) {
			const which =
				layer.epsg === null ? `"${layer.srsName}" (no EPSG code)` : `EPSG:${layer.epsg}`;
			throw new CrsError(ReasonUnknownCrs, `layer ${layer.name} is in ${which}`, {
				file: fileName
			});
		}
		// The same label buildZones uses, so every error names the zone alike.
		const features = gpkg.readLayer(
			layer,
			({ properties }, index) => zoneName(properties) ?? `Sone ${index + 1}`
		);
		return {
			features: features.map(({ properties, geometry }) => ({ properties, geometry })),
			srid: layer.epsg,
			droppedDimensions: features.some((f) => f.droppedDimensions)
		};
	} finally {
		gpkg.close();
	}
}

function pickLayer(
	layers: GeoPackageLayer[],
	wanted: string | undefined,
	fileName: string
): GeoPackageLayer {
	const describe = (list: GeoPackageLayer[]) =>
		list.map((l) => `${l.name} (${l.geometryType})`).join(', ') || 'none';
	const polygonLayers = layers.filter((l) => POLYGON_TYPES.includes(l.geometryType));
	const candidates = polygonLayers.length
		? polygonLayers
		: layers.filter((l) => GENERIC_TYPES.includes(l.geometryType));
	if (wanted !== undefined) {
		const layer = candidates.find((l) => l.name === wanted);
		if (layer) return layer;
		throw new ParseError(
			ReasonNoPolygonLayer,
			`no polygon layer named ${wanted}; feature layers: ${describe(layers)}`,
			{ file: fileName }
		);
	}
	if (candidates.length === 1) return candidates[0]!;
	if (candidates.length === 0) {
		throw new ParseError(ReasonNoPolygonLayer, `feature layers: ${describe(layers)}`, {
			file: fileName
		});
	}
	throw new ParseError(
		ReasonSeveralPolygonLayers,
		`choose one of the polygon layers ${describe(candidates)}`,
		{ file: fileName }
	);
}
