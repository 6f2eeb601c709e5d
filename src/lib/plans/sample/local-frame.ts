import type { Position } from 'geojson';
import type { Point64 } from 'clipper2-ts';

/*
 * The generator works in integer millimetres (Clipper2's native coordinates) relative to a
 * fixed origin near Asker, so every vertex is already rounded to 1 mm and every product in a
 * cross-product test stays below 2^53 (coordinates are within ±100 km = ±1e8 mm). Shared
 * edges between areas are shared integer vertices, so land-use areas tile without hairline
 * gaps. The origin is a whole number of metres, so rounding here equals rounding in 25832.
 */

/** EPSG:25832 easting and northing (metres) of the local origin. */
export const ORIGIN_E = 500_000;
export const ORIGIN_N = 6_600_000;
/** Local units per metre. */
export const MM = 1000;

/**
 * EPSG:25832 metres → local integer millimetres.
 * @example toLocal([500001.2345, 6600000]) // { x: 1235, y: 0 }
 */
export function toLocal(position: Position): Point64 {
	const [e = NaN, n = NaN] = position;
	return { x: Math.round((e - ORIGIN_E) * MM), y: Math.round((n - ORIGIN_N) * MM) };
}

/**
 * Local integer millimetres → EPSG:25832 metres. Dividing an integer by 1000 gives the double
 * nearest to the 3-decimal value, so coordinates print with at most three decimals.
 * @example toPosition({ x: 1235, y: 0 }) // [500001.235, 6600000]
 */
export function toPosition(point: Point64): Position {
	return [(ORIGIN_E * MM + point.x) / MM, (ORIGIN_N * MM + point.y) / MM];
}
