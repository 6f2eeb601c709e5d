import type { Geometry } from 'geojson';
import { sql, type SQL } from 'drizzle-orm';
import {
	MAX_TILE_BYTES,
	MAX_TILE_FEATURES,
	minFeatureSize,
	simplifyTolerance,
	TILE_BUFFER,
	TILE_EXTENT,
	type TileAddress
} from '$lib/tiles/tile-address';
import type { DatabaseHandle } from '../db/handle';
import { queryRows } from '../db/rows';
import { withTransaction } from '../db/transaction';
import { encodeMvt } from './encode-mvt';
import type { TileLayer } from './tile-layers';

/**
 * How a tile is made. `native`: ST_AsMVTGeom + ST_AsMVT, PostGIS's own C code (PostgreSQL).
 * `portable`: clip, scale, quantise and orient with functions every PostGIS has, and encode
 * in JS. PGlite's PostGIS is built without protobuf, and then *both* ST_AsMVT and
 * ST_AsMVTGeom raise "Missing libprotobuf-c", so PGlite must use `portable`.
 */
export type TileMode = 'native' | 'portable';

/** The extra layer a tile carries when it holds fewer features than the area has. */
export const THINNED_LAYER = 'thinned';

interface Rendered {
	bytes: Uint8Array;
	/** Features that passed the filters, counted up to `cap + 1`. */
	candidates: number;
}

/**
 * One Mapbox Vector Tile of a layer, or an empty array when no feature touches the tile.
 * At most `maxFeatures` features, the largest first (see MAX_TILE_FEATURES); a tile that
 * still weighs more than MAX_TILE_BYTES is made again with half as many, so no tile is ever
 * over the limit unless a single feature is. A thinned tile says so in a `thinned` layer.
 */
export async function renderTile(
	handle: DatabaseHandle,
	layer: TileLayer,
	tile: TileAddress,
	mode: TileMode = handle.backend === 'postgres' ? 'native' : 'portable',
	maxFeatures: number = MAX_TILE_FEATURES
): Promise<Uint8Array> {
	if (tile.z < layer.minZoom) return new Uint8Array();
	const { bytes, candidates } =
		mode === 'native'
			? await nativeTile(handle, layer, tile, maxFeatures)
			: await portableTile(handle, layer, tile, maxFeatures);
	const shown = Math.min(candidates, maxFeatures);
	const out = candidates > maxFeatures ? withThinnedLayer(bytes, layer.name, shown) : bytes;
	if (out.length > MAX_TILE_BYTES && shown > 1) {
		return renderTile(handle, layer, tile, mode, Math.floor(shown / 2));
	}
	return out;
}

async function nativeTile(
	handle: DatabaseHandle,
	layer: TileLayer,
	tile: TileAddress,
	cap: number
): Promise<Rendered> {
	const { z, x, y } = tile;
	const query = sql`
		WITH r AS (${ranked(layer, tile, cap)}),
		f AS (
			SELECT ${outputColumns(layer, 'k')},
				ST_AsMVTGeom(${repaired(tile)}, ST_TileEnvelope(${z}, ${x}, ${y}), ${TILE_EXTENT}, ${TILE_BUFFER}, true) AS geom
			FROM ${kept(tile, cap)} ORDER BY k.id
		)
		SELECT (SELECT ST_AsMVT(f, ${layer.name}, ${TILE_EXTENT}, 'geom', 'id') FROM f WHERE f.geom IS NOT NULL) AS mvt,
			(SELECT count(*)::int4 FROM r) AS candidates`;
	// JIT compilation and a parallel worker cost more than a tile query takes (~16 ms of JIT
	// at z14 before this change), and the planner turns both on from the PostGIS functions'
	// declared costs. SET LOCAL keeps the change to this one transaction.
	const [row] = await withTransaction(handle.db, async (tx) => {
		await queryRows(
			tx,
			sql`SELECT set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)`
		);
		return queryRows<{ mvt: Uint8Array | null; candidates: number }>(tx, query);
	});
	return { bytes: new Uint8Array(row?.mvt ?? []), candidates: Number(row?.candidates ?? 0) };
}

/*
 * What ST_AsMVTGeom does, spelled out: clip to the tile plus buffer, map Web Mercator to tile
 * units with y pointing down, snap to the integer grid, repair what snapping broke, keep the
 * input's dimension, and orient rings as MVT 2.1 §4.3.4.4 wants (exterior positive area in
 * tile coordinates, which PostGIS calls counter-clockwise).
 */
async function portableTile(
	handle: DatabaseHandle,
	layer: TileLayer,
	tile: TileAddress,
	cap: number
): Promise<Rendered> {
	const { z, x, y } = tile;
	// Constants inlined as float8 literals: PostgreSQL cannot type a bare `-$1` parameter.
	const extent = sql.raw(`${TILE_EXTENT}::float8`);
	const scale = sql`(${extent} / (ST_XMax(e.env) - ST_XMin(e.env)))`;
	const bufferMetres = sql`(ST_XMax(e.env) - ST_XMin(e.env)) * ${sql.raw(`${TILE_BUFFER / TILE_EXTENT}::float8`)}`;
	const rows = await queryRows<
		Record<string, unknown> & { id: number; geojson: string; candidates: number }
	>(
		handle.db,
		sql`
		WITH r AS (${ranked(layer, tile, cap)}),
		e AS (SELECT ST_TileEnvelope(${z}, ${x}, ${y}) AS env),
		clipped AS (
			SELECT ${outputColumns(layer, 'k')}, ST_Dimension(k.merc) AS dim,
				ST_SnapToGrid(ST_Affine(
					ST_ClipByBox2D(${repaired(tile)}, ST_Expand(e.env, ${bufferMetres})),
					${scale}, 0, 0, -${scale}, -ST_XMin(e.env) * ${scale}, ST_YMax(e.env) * ${scale}
				), 1) AS tilegeom
			FROM ${kept(tile, cap)}, e
		),
		oriented AS (
			SELECT clipped.*, ST_ForcePolygonCCW(ST_CollectionExtract(
				CASE WHEN dim = 2 THEN ST_MakeValid(tilegeom) ELSE tilegeom END, dim + 1)) AS geom
			FROM clipped
		)
		SELECT ${outputColumns(layer, 'oriented')}, ST_AsGeoJSON(geom) AS geojson,
			(SELECT count(*)::int4 FROM r) AS candidates
		FROM oriented WHERE NOT ST_IsEmpty(geom) ORDER BY id`
	);
	if (rows.length === 0) return { bytes: new Uint8Array(), candidates: 0 };
	const bytes = encodeMvt(
		layer.name,
		rows.map(({ id, geojson, candidates: _, ...properties }) => ({
			id: Number(id),
			geometry: JSON.parse(geojson) as Geometry,
			properties: withoutNulls(properties)
		}))
	);
	return { bytes, candidates: Number(rows[0]!.candidates) };
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
 * Candidate features in Web Mercator (`merc`) with their size (`size`, the longer side of
 * the 3857 bounding box), largest first, at most `cap + 1` of them, so the caller sees
 * whether the cap cut any. Cheap tests come first: the bounding-box overlap uses the GiST
 * index; features smaller than a screen pixel at this zoom are left out (zoom filtering),
 * points have no size and always stay. With a stored 3857 column nothing is transformed;
 * without one (small tables) the filter runs on the stored geometry against the envelope
 * transformed once, and each candidate is transformed.
 */
function ranked(layer: TileLayer, { z, x, y }: TileAddress, cap: number): SQL {
	const margin = TILE_BUFFER / TILE_EXTENT;
	const envelope = sql`ST_TileEnvelope(${z}, ${x}, ${y}, margin => ${margin})`;
	const stored = sql`t.${sql.identifier(layer.geometryColumn ?? 'geom')}`;
	const merc = layer.mercatorColumn
		? sql`t.${sql.identifier(layer.mercatorColumn)}`
		: sql`ST_Transform(${stored}, 3857)`;
	const overlaps = layer.mercatorColumn
		? sql`${merc} && ${envelope}`
		: sql`${stored} && ST_Transform(${envelope}, 25832)`;
	const size = sql`GREATEST(ST_XMax(${merc}) - ST_XMin(${merc}), ST_YMax(${merc}) - ST_YMin(${merc}))`;
	// The pixel size is a literal, not a parameter, so the planner costs the filter the same
	// for every zoom and the plan stays generic.
	return sql`
		SELECT c.* FROM (
			SELECT t.id, ${attributeList(layer)}, ${merc} AS merc, ${size} AS size
			FROM ${layer.table} t
			WHERE ${overlaps}
		) c
		WHERE ST_Dimension(c.merc) = 0 OR c.size >= ${sql.raw(`${minFeatureSize(z)}::float8`)}
		ORDER BY c.size DESC, c.id LIMIT ${cap + 1}`;
}

/** The `cap` largest candidates of `r`, as `k`, each also simplified (`s`). */
function kept(tile: TileAddress, cap: number): SQL {
	const tolerance = sql.raw(`${simplifyTolerance(tile.z)}::float8`);
	return sql`(SELECT r.*, ST_Simplify(r.merc, ${tolerance}, true) AS s
		FROM r ORDER BY r.size DESC, r.id LIMIT ${cap}) k`;
}

/*
 * The simplified geometry, repaired where it could hurt. A valid polygon can come out of
 * simplification (or out of the stored transform to 3857) invalid: a wedge a few millimetres
 * wide (they occur where plans meet on a 1 mm grid) folds over itself, and box clipping then
 * fills the whole tile. So a polygon is made valid before clipping when simplification
 * dropped a vertex or when it reaches past the tile and its buffer (so will be clipped).
 * One wholly inside is not clipped, and is made valid after snapping in any case (by
 * ST_AsMVTGeom, or the portable path's own ST_MakeValid): skipping the GEOS round trip for
 * those is most of what the fast path saves on dense building tiles.
 */
function repaired({ z, x, y }: TileAddress): SQL {
	const clipBox = sql`ST_TileEnvelope(${z}, ${x}, ${y}, margin => ${TILE_BUFFER / TILE_EXTENT})`;
	return sql`CASE WHEN ST_Dimension(k.s) = 2
			AND (ST_NPoints(k.s) < ST_NPoints(k.merc) OR NOT (k.merc @ ${clipBox}))
		THEN ST_MakeValid(k.s) ELSE k.s END`;
}

/** A tile's bytes followed by a `thinned` layer saying which layer was cut, and to how many. */
function withThinnedLayer(bytes: Uint8Array, layerName: string, shown: number): Uint8Array {
	// An MVT is a sequence of layers (field 3 of Tile), so two encodings simply concatenate.
	const note = encodeMvt(THINNED_LAYER, [
		{
			id: 1,
			geometry: { type: 'Point', coordinates: [TILE_EXTENT / 2, TILE_EXTENT / 2] },
			properties: { layer: layerName, shown, order: 'largest first' }
		}
	]);
	const out = new Uint8Array(bytes.length + note.length);
	out.set(bytes);
	out.set(note, bytes.length);
	return out;
}

/** ST_AsMVT leaves NULL attributes out of a feature; the JS path must do the same. */
function withoutNulls(
	properties: Record<string, unknown>
): Record<string, string | number | boolean> {
	return Object.fromEntries(
		Object.entries(properties).filter(([, value]) => value !== null && value !== undefined)
	) as Record<string, string | number | boolean>;
}
