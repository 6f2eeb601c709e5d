import type { Polygon } from 'geojson';
import type { Utm32 } from '../../geometry/types';
import { assumeCrs } from '../../geometry/types';

/** A rotated rectangle in EPSG:25832 metres: a building's ground floor. */
export interface Rectangle {
	/** Centre easting and northing. */
	x: number;
	y: number;
	/** Side lengths in metres; `length` runs along `angle`. */
	length: number;
	width: number;
	/** Rotation of the long side from east, radians (counter-clockwise). */
	angle: number;
}

/**
 * The rectangle of a given area and aspect ratio (length ÷ width ≥ 1) centred on a point.
 * @example rectangleOfArea(0, 0, 200, 2, 0) // 20 m × 10 m
 */
export function rectangleOfArea(
	x: number,
	y: number,
	area: number,
	aspect: number,
	angle: number
): Rectangle {
	if (!(area > 0) || !(aspect >= 1)) throw new RangeError(`area ${area}, aspect ${aspect}`);
	const width = Math.sqrt(area / aspect);
	return { x, y, length: width * aspect, width, angle };
}

type Corner = [number, number];

/** The four corners, counter-clockwise, first not repeated. */
export function rectangleCorners(r: Rectangle): [Corner, Corner, Corner, Corner] {
	const ux = Math.cos(r.angle);
	const uy = Math.sin(r.angle);
	const hl = r.length / 2;
	const hw = r.width / 2;
	const at = (a: number, b: number): Corner => [
		r.x + a * hl * ux - b * hw * uy,
		r.y + a * hl * uy + b * hw * ux
	];
	return [at(-1, -1), at(1, -1), at(1, 1), at(-1, 1)];
}

/**
 * The rectangle as a closed GeoJSON polygon in EPSG:25832, exterior ring counter-clockwise
 * (RFC 7946's right-hand rule; the conformal UTM projection keeps the orientation).
 */
export function rectanglePolygon(r: Rectangle): Utm32<Polygon> {
	const corners = rectangleCorners(r);
	return assumeCrs({ type: 'Polygon', coordinates: [[...corners, corners[0]]] }, 25832);
}

/**
 * True when two rectangles come closer than `gap` metres (separating-axis test on the
 * rectangles grown by gap/2 on every side). Touching at exactly `gap` is not an overlap.
 * @example rectanglesOverlap(a, b, 4) // false when at least 4 m apart
 */
export function rectanglesOverlap(a: Rectangle, b: Rectangle, gap = 0): boolean {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	if (Math.hypot(dx, dy) >= circumradius(a) + circumradius(b) + gap) return false;
	for (const axis of [a.angle, a.angle + Math.PI / 2, b.angle, b.angle + Math.PI / 2]) {
		const ux = Math.cos(axis);
		const uy = Math.sin(axis);
		const distance = Math.abs(dx * ux + dy * uy);
		if (distance >= halfExtent(a, ux, uy) + halfExtent(b, ux, uy) + gap) return false;
	}
	return true;
}

/** Distance from the centre to a corner. */
export function circumradius(r: Rectangle): number {
	return Math.hypot(r.length, r.width) / 2;
}

/** Half the rectangle's extent along a unit axis. */
function halfExtent(r: Rectangle, ux: number, uy: number): number {
	const cx = Math.cos(r.angle);
	const cy = Math.sin(r.angle);
	const along = Math.abs(ux * cx + uy * cy);
	const across = Math.abs(-ux * cy + uy * cx);
	return (r.length / 2) * along + (r.width / 2) * across;
}
