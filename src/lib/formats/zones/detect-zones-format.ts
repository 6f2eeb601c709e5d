import { ParseError, ReasonUnsupportedFileType } from '../../errors';

/** The zone file formats Planbord reads. */
export type ZonesFormat = 'geojson' | 'geopackage';

/** Every SQLite 3 database, and so every GeoPackage, starts with these 16 bytes. */
const SQLITE_MAGIC = 'SQLite format 3\0';

/**
 * Which reader a zone file needs. The SQLite header decides first (a GeoPackage saved as
 * .json is still a GeoPackage), then the extension, then a leading `{` for JSON.
 * @example detectZonesFormat(bytes, 'lokalomrader.gpkg') // 'geopackage'
 */
export function detectZonesFormat(bytes: Uint8Array, fileName: string): ZonesFormat {
	if (hasSqliteHeader(bytes)) return 'geopackage';
	const extension = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
	if (extension === 'gpkg') return 'geopackage';
	if (extension === 'geojson' || extension === 'json') return 'geojson';
	const first = new TextDecoder().decode(bytes.subarray(0, 256)).trimStart();
	if (first.startsWith('{')) return 'geojson';
	throw new ParseError(
		ReasonUnsupportedFileType,
		`cannot tell the format of .${extension || '(no extension)'}; zones are read from GeoJSON (.geojson) or GeoPackage (.gpkg)`,
		{ file: fileName }
	);
}

/**
 * True when the bytes start with the SQLite 3 file header.
 * @example hasSqliteHeader(gpkgBytes) // true
 */
export function hasSqliteHeader(bytes: Uint8Array): boolean {
	if (bytes.length < SQLITE_MAGIC.length) return false;
	for (let i = 0; i < SQLITE_MAGIC.length; i++) {
		if (bytes[i] !== SQLITE_MAGIC.charCodeAt(i)) return false;
	}
	return true;
}
