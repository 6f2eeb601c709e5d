import type { Geometry } from 'geojson';
import type { Database, SqlValue } from 'sql.js';
import {
	GeometryError,
	ParseError,
	ReasonMalformedGeoPackage,
	ReasonUnsupportedGeometryType,
	type ErrorLocation
} from '../../errors';
import { loadSqlJs, loadWkx, type GeoPackageLibraryOptions } from './load-libraries';
import { readGpbHeader } from './read-gpb-header';
import { readWkb, UnsupportedWkbTypeError } from './read-wkb';
import { quoteIdentifier } from './quote-identifier';

/** A feature table as gpkg_geometry_columns and gpkg_spatial_ref_sys describe it. */
export interface GeoPackageLayer {
	name: string;
	geometryColumn: string;
	/** As declared, upper case: POLYGON, MULTIPOLYGON, GEOMETRY, … */
	geometryType: string;
	srsId: number;
	/** The EPSG code of the layer's SRS, or null when the SRS names none (or is undefined). */
	epsg: number | null;
	srsName: string;
}

/** One row of a feature table: attributes, and the geometry in 2D (null when absent or empty). */
export interface GeoPackageFeature {
	fid: number | null;
	properties: Record<string, string | number | null>;
	geometry: Geometry | null;
	/** The stored geometry had Z or M values, which were dropped. */
	droppedDimensions: boolean;
}

/** An open GeoPackage: its feature layers, a way to read one, and `close` to free the memory. */
export interface GeoPackageReader {
	layers: GeoPackageLayer[];
	/** `label` names a feature in error locations (default: its fid); `index` counts from 0. */
	readLayer(
		layer: GeoPackageLayer,
		label?: (
			feature: Omit<GeoPackageFeature, 'geometry' | 'droppedDimensions'>,
			index: number
		) => string | number
	): GeoPackageFeature[];
	close(): void;
}

export interface OpenGeoPackageOptions extends GeoPackageLibraryOptions {
	fileName?: string;
}

/**
 * Opens GeoPackage bytes (OGC 12-128r18) with sql.js and lists the feature layers. Broken
 * SQLite, a database without the GeoPackage tables, and unreadable geometry blobs are
 * ParseErrors with reason `malformed-geopackage`; curve geometries are GeometryErrors.
 * The application_id is not checked: GeoPackage 1.0 files carry 'GP10', and a database
 * with the gpkg_ tables is read whatever it says.
 * @example const gpkg = await openGeoPackage(bytes); gpkg.readLayer(gpkg.layers[0]!)
 */
export async function openGeoPackage(
	bytes: Uint8Array,
	{ fileName, locateFile }: OpenGeoPackageOptions = {}
): Promise<GeoPackageReader> {
	const [SQL, wkx] = await Promise.all([loadSqlJs({ locateFile }), loadWkx()]);
	const fail = (detail: string, location: ErrorLocation = {}) =>
		new ParseError(ReasonMalformedGeoPackage, detail, { file: fileName, ...location });
	let db: Database;
	let layers: GeoPackageLayer[];
	try {
		db = new SQL.Database(bytes);
	} catch (cause) {
		throw fail(`not an SQLite database: ${(cause as Error).message}`);
	}
	try {
		layers = listLayers(db);
	} catch (cause) {
		db.close();
		if (cause instanceof ParseError) throw fail(cause.detail);
		throw fail(`cannot read the GeoPackage tables: ${(cause as Error).message}`);
	}

	const readLayer: GeoPackageReader['readLayer'] = (layer, label) => {
		const columns = db.exec(`PRAGMA table_info(${quoteIdentifier(layer.name)})`)[0]?.values ?? [];
		const primaryKey = columns.find((c) => c[5] === 1)?.[1];
		const order = typeof primaryKey === 'string' ? ` ORDER BY ${quoteIdentifier(primaryKey)}` : '';
		const statement = db.prepare(`SELECT * FROM ${quoteIdentifier(layer.name)}${order}`);
		const features: GeoPackageFeature[] = [];
		try {
			while (statement.step()) {
				const row = statement.getAsObject();
				const properties: Record<string, string | number | null> = {};
				for (const [key, value] of Object.entries(row)) {
					if (key === layer.geometryColumn || value instanceof Uint8Array) continue;
					properties[key] = value;
				}
				const fidValue = typeof primaryKey === 'string' ? row[primaryKey] : undefined;
				const fid = typeof fidValue === 'number' ? fidValue : null;
				const name =
					label?.({ fid, properties }, features.length) ?? fid ?? `#${features.length + 1}`;
				const decoded = decodeGeometry(row[layer.geometryColumn], layer, wkx, {
					file: fileName,
					feature: name
				});
				features.push({ fid, properties, ...decoded });
			}
		} catch (cause) {
			if (cause instanceof ParseError || cause instanceof GeometryError) throw cause;
			throw fail(`cannot read layer ${layer.name}: ${(cause as Error).message}`);
		} finally {
			statement.free();
		}
		return features;
	};
	return { layers, readLayer, close: () => db.close() };
}

function listLayers(db: Database): GeoPackageLayer[] {
	const tables = new Set(
		db.exec("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")[0]?.values.flat()
	);
	for (const required of ['gpkg_contents', 'gpkg_geometry_columns', 'gpkg_spatial_ref_sys']) {
		if (!tables.has(required))
			throw new ParseError(ReasonMalformedGeoPackage, `no ${required} table`);
	}
	const rows =
		db.exec(
			`SELECT g.table_name, g.column_name, upper(g.geometry_type_name), g.srs_id,
			        s.organization, s.organization_coordsys_id, s.definition, s.srs_name
			 FROM gpkg_geometry_columns g
			 JOIN gpkg_contents c ON c.table_name = g.table_name
			 LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id
			 WHERE c.data_type = 'features'
			 ORDER BY g.table_name`
		)[0]?.values ?? [];
	return rows.map(([name, column, type, srsId, organization, code, definition, srsName]) => ({
		name: String(name),
		geometryColumn: String(column),
		geometryType: String(type),
		srsId: Number(srsId),
		epsg: epsgOf(organization, code, definition),
		srsName: srsName === null || srsName === undefined ? `srs_id ${srsId}` : String(srsName)
	}));
}

/**
 * The EPSG code of an SRS row: organization 'EPSG' with its code (GDAL, QGIS and ArcGIS
 * write that), else the CRS's own authority at the end of its WKT. srs_id -1 and 0 are the
 * spec's "undefined" systems (organization 'NONE').
 */
function epsgOf(
	organization: SqlValue | undefined,
	code: SqlValue | undefined,
	definition: SqlValue | undefined
): number | null {
	if (typeof organization === 'string' && organization.toUpperCase() === 'EPSG') {
		const epsg = Number(code);
		if (Number.isInteger(epsg) && epsg > 0) return epsg;
	}
	if (typeof definition !== 'string') return null;
	const match = /(?:AUTHORITY|ID)\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]\s*\]\s*$/i.exec(definition);
	return match ? Number(match[1]) : null;
}

function decodeGeometry(
	value: SqlValue | undefined,
	layer: GeoPackageLayer,
	wkx: Awaited<ReturnType<typeof loadWkx>>,
	location: ErrorLocation
): Pick<GeoPackageFeature, 'geometry' | 'droppedDimensions'> {
	if (value === null || value === undefined) return { geometry: null, droppedDimensions: false };
	if (!(value instanceof Uint8Array)) {
		throw new ParseError(ReasonMalformedGeoPackage, 'the geometry column holds no blob', location);
	}
	try {
		const header = readGpbHeader(value);
		if (header.extended) throw new Error('ExtendedGeoPackageBinary geometries are not supported');
		if (header.srsId !== layer.srsId) {
			throw new Error(`geometry srs_id ${header.srsId} differs from the layer's ${layer.srsId}`);
		}
		if (header.empty) return { geometry: null, droppedDimensions: false };
		return readWkb(wkx, value.subarray(header.wkbOffset));
	} catch (cause) {
		if (cause instanceof UnsupportedWkbTypeError) {
			throw new GeometryError(ReasonUnsupportedGeometryType, cause.message, location);
		}
		throw new ParseError(
			ReasonMalformedGeoPackage,
			`unreadable geometry: ${(cause as Error).message}`,
			location
		);
	}
}
