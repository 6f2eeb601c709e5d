import type { Geometry } from 'geojson';
import { sql, type SQL } from 'drizzle-orm';
import {
	minFeatureSize,
	simplifyTolerance,
	TILE_BUFFER,
	TILE_EXTENT,
	type TileAddress
} from '$lib/tiles/tile-address';
import type { DatabaseHandle } from '../db/handle';
import { queryRows } from '../db/rows';
import { encodeMvt } from './encode-mvt';
import type { TileLayer } from './tile-layers';

/**
 * How a tile is made. `native`: ST_AsMVTGeom + ST_AsMVT, PostGIS's own C code (PostgreSQL).
 * `portable`: clip, scale, quantise and orient with functions every PostGIS has, and encode
 * in JS. PGlite's PostGIS is built without protobuf, and then *both* ST_AsMVT and
 * ST_AsMVTGeom raise "Missing libprotobuf-c", so PGlite must use `portable`.
 */
export type TileMode = 'native' | 'portable';

/**
 * One Mapbox Vector Tile of a layer, or an empty array when no feature touches the tile.
 * Geometry is simplified in EPSG:25832 before it is transformed to Web Mercator.
 */
export async function renderTile(
	handle: DatabaseHandle,
	layer: TileLayer,
	tile: TileAddress,
	mode: TileMode = handle.backend === 'postgres' ? 'native' : 'portable'
): Promise<Uint8Array> {
	if (tile.z < layer.minZoom) return new Uint8Array();
	if (mode === 'native') {
		const [row] = await queryRows<{ mvt: Uint8Array | null }>(
			handle.db,
			sql`SELECT ST_AsMVT(q, ${layer.name}, ${TILE_EXTENT}, 'geom', 'id') AS mvt
				FROM (${nativeRows(layer, tile)}) q WHERE q.geom IS NOT NULL`
		);
		return new Uint8Array(row?.mvt ?? []);
	}
	const rows = await queryRows<Record<string, unknown> & { id: number; geojson: string }>(
		handle.db,
		portableRows(layer, tile)
	);
	if (rows.length === 0) return new Uint8Array();
	return encodeMvt(
		layer.name,
		rows.map(({ id, geojson, ...properties }) => ({
			id: Number(id),
			geometry: JSON.parse(geojson) as Geometry,
			properties: withoutNulls(properties)
		}))
	);
}

/** The columns a tile row carries besides its geometry: the id and the layer's attributes. */
function outputColumns(layer: TileLayer, from: string): SQL {
	const names = ['id', ...Object.keys(layer.attributes)];
	return sql.join(
		names.map((n) => sql`${sql.identifier(from)}.${sql.identifier(n)}`),
		sql`, `
	);
}

function attributeList(layer: TileLayer): SQL {
	return sql.join(
		Object.entries(layer.attributes).map(([name, expr]) => sql`${expr} AS ${sql.identifier(name)}`),
		sql`, `
	);
}

/**
 * Candidate features, simplified and in Web Mercator; the bbox filter uses the GiST index.
 * Features smaller than a screen pixel at this zoom are left out (zoom filtering); points
 * have no size and always stay.
 */
function candidates(layer: TileLayer, { z, x, y }: TileAddress): SQL {
	const g = sql`t.${sql.identifier(layer.geometryColumn ?? 'geom')}`;
	const margin = TILE_BUFFER / TILE_EXTENT;
	return sql`
		SELECT t.id, ${attributeList(layer)},
			${simplifiedMercator(g, simplifyTolerance(z))} AS merc
		FROM ${layer.table} t
		WHERE ${g} && ST_Transform(ST_TileEnvelope(${z}, ${x}, ${y}, margin => ${margin}), 25832)
			AND (ST_Dimension(${g}) = 0
				OR GREATEST(ST_XMax(${g}) - ST_XMin(${g}), ST_YMax(${g}) - ST_YMin(${g})) >= ${minFeatureSize(z)})`;
}

/*
 * Simplified, then in Web Mercator. A valid polygon can leave this invalid: a wedge a few
 * millimetres wide (they occur where plans meet on a 1 mm grid) folds over itself once a
 * vertex is dropped or the coordinates are transformed, and box clipping then fills the
 * whole tile. GEOS's MakeValid hands valid input back unchanged, so only the rare folded
 * polygon pays for the repair.
 */
function simplifiedMercator(g: SQL, tolerance: number): SQL {
	const merc = sql`ST_Transform(ST_SimplifyPreserveTopology(${g}, ${tolerance}), 3857)`;
	return sql`CASE WHEN ST_Dimension(${g}) = 2 THEN ST_MakeValid(${merc}) ELSE ${merc} END`;
}

function nativeRows(layer: TileLayer, tile: TileAddress): SQL {
	const { z, x, y } = tile;
	return sql`
		SELECT ${outputColumns(layer, 'c')}, ST_AsMVTGeom(c.merc, ST_TileEnvelope(${z}, ${x}, ${y}), ${TILE_EXTENT}, ${TILE_BUFFER}, true) AS geom
		FROM (${candidates(layer, tile)}) c ORDER BY c.id`;
}

/*
 * What ST_AsMVTGeom does, spelled out: clip to the tile plus buffer, map Web Mercator to tile
 * units with y pointing down, snap to the integer grid, repair what snapping broke, keep the
 * input's dimension, and orient rings as MVT 2.1 §4.3.4.4 wants (exterior positive area in
 * tile coordinates, which PostGIS calls counter-clockwise).
 */
function portableRows(layer: TileLayer, tile: TileAddress): SQL {
	const { z, x, y } = tile;
	// Constants inlined as float8 literals: PostgreSQL cannot type a bare `-$1` parameter.
	const extent = sql.raw(`${TILE_EXTENT}::float8`);
	const scale = sql`(${extent} / (ST_XMax(e.env) - ST_XMin(e.env)))`;
	const bufferMetres = sql`(ST_XMax(e.env) - ST_XMin(e.env)) * ${sql.raw(`${TILE_BUFFER / TILE_EXTENT}::float8`)}`;
	return sql`
		WITH e AS (SELECT ST_TileEnvelope(${z}, ${x}, ${y}) AS env),
		clipped AS (
			SELECT c.*, ST_Dimension(c.merc) AS dim,
				ST_SnapToGrid(ST_Affine(
					ST_ClipByBox2D(c.merc, ST_Expand(e.env, ${bufferMetres})),
					${scale}, 0, 0, -${scale}, -ST_XMin(e.env) * ${scale}, ST_YMax(e.env) * ${scale}
				), 1) AS tilegeom
			FROM (${candidates(layer, tile)}) c, e
		),
		oriented AS (
			SELECT clipped.*, ST_ForcePolygonCCW(ST_CollectionExtract(
				CASE WHEN dim = 2 THEN ST_MakeValid(tilegeom) ELSE tilegeom END, dim + 1)) AS geom
			FROM clipped
		)
		SELECT ${outputColumns(layer, 'oriented')}, ST_AsGeoJSON(geom) AS geojson FROM oriented
		WHERE NOT ST_IsEmpty(geom) ORDER BY id`;
}

/** ST_AsMVT leaves NULL attributes out of a feature; the JS path must do the same. */
function withoutNulls(
	properties: Record<string, unknown>
): Record<string, string | number | boolean> {
	return Object.fromEntries(
		Object.entries(properties).filter(([, value]) => value !== null && value !== undefined)
	) as Record<string, string | number | boolean>;
}
