import type { MultiPolygon, Polygon } from 'geojson';
import { loadSqlJs, type GeoPackageLibraryOptions } from './load-libraries';
import { quoteIdentifier } from './quote-identifier';
import { REQUIRED_SRS, type GeoPackageSrs } from './srs-definitions';
import { writeGpb } from './write-gpb';
import { writeWkb } from './write-wkb';

/** 'GPKG' (Requirement 2) and GeoPackage 1.2.0 (Requirement 2: user_version 10200). */
const APPLICATION_ID = 0x47504b47;
const USER_VERSION = 10200;

export interface GeoPackageColumn {
	name: string;
	type: 'TEXT' | 'REAL' | 'INTEGER';
}

/** One polygon feature table to write; every feature's geometry is in `srs`. */
export interface GeoPackageLayerInput {
	name: string;
	description?: string;
	geometryType: 'POLYGON' | 'MULTIPOLYGON';
	srs: GeoPackageSrs;
	columns: readonly GeoPackageColumn[];
	features: readonly {
		properties: Record<string, string | number | null>;
		geometry: Polygon | MultiPolygon;
	}[];
}

/*
 * Table definitions from OGC 12-128r18 Annex C (C.1 gpkg_spatial_ref_sys, C.2 gpkg_contents,
 * C.4 gpkg_geometry_columns). No spatial index: the R-tree extension is optional, and
 * zone files hold tens of features.
 */
const SCHEMA = `
CREATE TABLE gpkg_spatial_ref_sys (
	srs_name TEXT NOT NULL,
	srs_id INTEGER NOT NULL PRIMARY KEY,
	organization TEXT NOT NULL,
	organization_coordsys_id INTEGER NOT NULL,
	definition TEXT NOT NULL,
	description TEXT
);
CREATE TABLE gpkg_contents (
	table_name TEXT NOT NULL PRIMARY KEY,
	data_type TEXT NOT NULL,
	identifier TEXT UNIQUE,
	description TEXT DEFAULT '',
	last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
	min_x DOUBLE,
	min_y DOUBLE,
	max_x DOUBLE,
	max_y DOUBLE,
	srs_id INTEGER,
	CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)
);
CREATE TABLE gpkg_geometry_columns (
	table_name TEXT NOT NULL,
	column_name TEXT NOT NULL,
	geometry_type_name TEXT NOT NULL,
	srs_id INTEGER NOT NULL,
	z TINYINT NOT NULL,
	m TINYINT NOT NULL,
	CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
	CONSTRAINT uk_gc_table_name UNIQUE (table_name),
	CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
	CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
);`;

/**
 * Writes one polygon layer as a GeoPackage 1.2 file: the required SRS rows plus the
 * layer's, gpkg_contents with the layer's extent, gpkg_geometry_columns, and a feature table
 * `fid INTEGER PRIMARY KEY AUTOINCREMENT, <columns>, geom` holding GeoPackageBinary blobs
 * with an xy envelope. Geometries are written in 2D as given.
 * @example await writeGeoPackage({ name: 'lokalomrader', geometryType: 'MULTIPOLYGON', … })
 */
export async function writeGeoPackage(
	layer: GeoPackageLayerInput,
	options: GeoPackageLibraryOptions = {}
): Promise<Uint8Array> {
	const SQL = await loadSqlJs(options);
	const db = new SQL.Database();
	try {
		db.run(`PRAGMA application_id = ${APPLICATION_ID}; PRAGMA user_version = ${USER_VERSION};`);
		db.run(SCHEMA);
		const srsRows = [...REQUIRED_SRS.filter((s) => s.srsId !== layer.srs.srsId), layer.srs];
		for (const srs of srsRows) {
			db.run('INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)', [
				srs.srsName,
				srs.srsId,
				srs.organization,
				srs.organizationCoordsysId,
				srs.definition,
				srs.description
			]);
		}
		const table = quoteIdentifier(layer.name);
		const columns = layer.columns.map((c) => `${quoteIdentifier(c.name)} ${c.type}`);
		db.run(
			`CREATE TABLE ${table} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, ${columns.join(', ')}, geom ${layer.geometryType})`
		);
		const extent = layerExtent(layer.features.map((f) => f.geometry));
		db.run(
			`INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id)
			 VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?)`,
			[
				layer.name,
				layer.name,
				layer.description ?? '',
				...(extent ?? [null, null, null, null]),
				layer.srs.srsId
			]
		);
		db.run('INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)', [
			layer.name,
			'geom',
			layer.geometryType,
			layer.srs.srsId
		]);
		const names = [...layer.columns.map((c) => quoteIdentifier(c.name)), 'geom'];
		const insert = db.prepare(
			`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`
		);
		try {
			for (const { properties, geometry } of layer.features) {
				const envelope = layerExtent([geometry]) ?? [0, 0, 0, 0];
				const blob = writeGpb(writeWkb(geometry), layer.srs.srsId, envelope);
				insert.run([...layer.columns.map((c) => properties[c.name] ?? null), blob]);
			}
		} finally {
			insert.free();
		}
		return db.export();
	} finally {
		db.close();
	}
}

function layerExtent(
	geometries: readonly (Polygon | MultiPolygon)[]
): [number, number, number, number] | null {
	let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const geometry of geometries) {
		const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
		for (const ring of rings) {
			for (const [x, y] of ring) {
				minX = Math.min(minX, x as number);
				minY = Math.min(minY, y as number);
				maxX = Math.max(maxX, x as number);
				maxY = Math.max(maxY, y as number);
			}
		}
	}
	return minX <= maxX ? [minX, minY, maxX, maxY] : null;
}
