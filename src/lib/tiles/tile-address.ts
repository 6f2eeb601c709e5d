import { ParseError, ReasonTileOutOfRange } from '../errors';

/** The MVT grid: extent of a tile in tile units, and the buffer drawn around it. */
export const TILE_EXTENT = 4096;
export const TILE_BUFFER = 64;
/** Deepest zoom served; at z22 a tile is ~10 m wide, finer than any plan data. */
export const MAX_TILE_ZOOM = 22;

export interface TileAddress {
	z: number;
	x: number;
	y: number;
}

/**
 * Reads z/x/y from URL segments (`y` may end in `.mvt` or `.pbf`) and checks the range
 * 0 ≤ x, y < 2^z, 0 ≤ z ≤ 22. Anything else is a ParseError (HTTP 400 at the edge).
 * @example parseTileAddress('14', '8716', '4766.mvt') // { z: 14, x: 8716, y: 4766 }
 */
export function parseTileAddress(z: string, x: string, y: string): TileAddress {
	const [zn, xn, yn] = [z, x, y.replace(/\.(mvt|pbf)$/, '')].map((s) =>
		/^\d{1,9}$/.test(s) ? Number(s) : NaN
	) as [number, number, number];
	if (!(zn <= MAX_TILE_ZOOM) || !(xn < 2 ** zn) || !(yn < 2 ** zn)) {
		throw new ParseError(
			ReasonTileOutOfRange,
			`tile ${z}/${x}/${y} is outside 0…2^z-1 or z > ${MAX_TILE_ZOOM}`
		);
	}
	return { z: zn, x: xn, y: yn };
}

/** Web Mercator units across the whole world (2πR, R = 6 378 137 m). */
const WORLD_MERCATOR = 40_075_016.686;

/**
 * Simplification tolerance in Web Mercator units for a zoom: a quarter of a tile unit, so
 * simplifying moves no vertex far enough to show once the tile snaps it to its grid. Tiles
 * are cut from a stored EPSG:3857 geometry, so the tolerance is in 3857 too.
 * @example simplifyTolerance(14) // ≈ 0.149
 */
export function simplifyTolerance(z: number): number {
	return WORLD_MERCATOR / 2 ** z / TILE_EXTENT / 4;
}

/**
 * The smallest feature worth sending at a zoom, in Web Mercator units: one screen pixel of a
 * 256-pixel tile (16 tile units). In 3857 that is the same at every latitude; on the ground
 * it is ~4.8 m at z14 near 60° N. Anything smaller would draw as less than a pixel, so
 * leaving it out shrinks low-zoom tiles of small things (building footprints) without
 * visible change.
 * @example minFeatureSize(14) // ≈ 9.55
 */
export function minFeatureSize(z: number): number {
	return WORLD_MERCATOR / 2 ** z / 256;
}

/**
 * Most features one tile of a layer holds. Past it the tile keeps the largest ones (by
 * bounding box, then by id, so every request and both backends keep the same) and says so
 * in a `thinned` layer. ~10 000 footprints of a few vertices encode to ~370 kB, under the
 * 500 kB a tile may weigh; renderTile halves the cap again if a tile still comes out larger.
 */
export const MAX_TILE_FEATURES = 10_000;

/** The most a tile may weigh (issue 3: no tile over 500 kB). */
export const MAX_TILE_BYTES = 500 * 1024;

/**
 * The tile of zoom `z` that contains a WGS 84 point (Web Mercator / XYZ scheme).
 * @example tileContaining(10.43, 59.75, 10) // { z: 10, x: 541, y: 298 }
 */
export function tileContaining(lon: number, lat: number, z: number): TileAddress {
	const n = 2 ** z;
	const rad = (lat * Math.PI) / 180;
	const x = Math.floor(((lon + 180) / 360) * n);
	const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
	return { z, x: Math.min(n - 1, x), y: Math.min(n - 1, y) };
}
