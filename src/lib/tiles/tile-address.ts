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

/**
 * Simplification tolerance in ground metres for a zoom: a quarter of a tile unit near
 * 60° N, where a Web Mercator metre is about half a ground metre. Simplifying in EPSG:25832
 * before transforming keeps the vertex count (and transform cost) proportional to the screen.
 */
export function simplifyTolerance(z: number): number {
	const mercatorUnitsPerTileUnit = 40_075_016.686 / 2 ** z / TILE_EXTENT;
	return (mercatorUnitsPerTileUnit * Math.cos((60 * Math.PI) / 180)) / 4;
}

/**
 * The smallest feature worth sending at a zoom, in ground metres: one screen pixel of a
 * 256-pixel tile near 60° N. Anything smaller would draw as less than a pixel, so leaving it
 * out shrinks low-zoom tiles of small things (building footprints) without visible change.
 * @example minFeatureSize(14) // ≈ 4.8 m
 */
export function minFeatureSize(z: number): number {
	return (40_075_016.686 / 2 ** z / 256) * Math.cos((60 * Math.PI) / 180);
}

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
