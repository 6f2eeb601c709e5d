import type { Point } from 'geojson';
import type { Point64 } from 'clipper2-ts';
import { toUtm32 } from '../../geometry/reproject';
import { assumeCrs } from '../../geometry/types';
import { toLocal } from './local-frame';

/**
 * WGS 84 degrees → local millimetres (via EPSG:25832).
 * @example localFromLonLat([10.435, 59.833])
 */
export function localFromLonLat(lonLat: readonly [number, number]): Point64 {
	const point: Point = { type: 'Point', coordinates: [lonLat[0], lonLat[1]] };
	return toLocal(toUtm32(assumeCrs(point, 4326)).coordinates);
}

/**
 * The point `at` of the way from one WGS 84 position to another, in local millimetres.
 * @example alongLonLat(p1, p2, 0.5)
 */
export function alongLonLat(
	from: readonly [number, number],
	to: readonly [number, number],
	at: number
): Point64 {
	const a = localFromLonLat(from);
	const b = localFromLonLat(to);
	return { x: Math.round(a.x + (b.x - a.x) * at), y: Math.round(a.y + (b.y - a.y) * at) };
}
