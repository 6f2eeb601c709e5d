import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Utm32 } from '../../geometry/types';
import type { Rectangle } from './footprint';
import { rectangleCorners } from './footprint';

/*
 * Point-in-polygon and distance in EPSG:25832 metres for the generator's placement rules.
 * Written out here rather than taken from Turf because Turf's measures are spherical and
 * the generator works in the plane, like every official figure in Planbord.
 */

/** Polygon rings of a Polygon or MultiPolygon in metres, as one list of polygons. */
export function polygonsOf(geometry: Utm32<Polygon | MultiPolygon>): Position[][][] {
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * True when the point is inside the area (even-odd rule over all rings, so holes count).
 * @example containsPoint(polygonsOf(square), 5, 5) // true
 */
export function containsPoint(polygons: Position[][][], x: number, y: number): boolean {
	let inside = false;
	for (const rings of polygons) {
		for (const ring of rings) {
			for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
				const [xi, yi] = ring[i] as [number, number];
				const [xj, yj] = ring[j] as [number, number];
				if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
			}
		}
	}
	return inside;
}

/**
 * Distance in metres from a point to the nearest edge of the area (0 on the boundary).
 * @example distanceToBoundary(polygonsOf(square), 5, 5)
 */
export function distanceToBoundary(polygons: Position[][][], x: number, y: number): number {
	let best = Infinity;
	for (const rings of polygons) {
		for (const ring of rings) {
			for (let i = 1; i < ring.length; i++) {
				const a = ring[i - 1] as [number, number];
				const b = ring[i] as [number, number];
				best = Math.min(best, segmentDistance(x, y, a, b));
			}
		}
	}
	return best;
}

/**
 * True when the whole rectangle lies inside the area: all four corners are inside, no
 * boundary edge crosses a side of the rectangle, and no boundary ring (a hole) lies
 * wholly within it.
 */
export function containsRectangle(polygons: Position[][][], r: Rectangle): boolean {
	const corners = rectangleCorners(r);
	if (!corners.every(([x, y]) => containsPoint(polygons, x, y))) return false;
	const ux = Math.cos(r.angle);
	const uy = Math.sin(r.angle);
	for (const rings of polygons) {
		for (const ring of rings) {
			for (let i = 0; i < ring.length; i++) {
				const p = ring[i] as [number, number];
				const dx = p[0] - r.x;
				const dy = p[1] - r.y;
				const along = Math.abs(dx * ux + dy * uy);
				const across = Math.abs(-dx * uy + dy * ux);
				if (along <= r.length / 2 && across <= r.width / 2) return false;
				if (i === 0) continue;
				const q = ring[i - 1] as [number, number];
				for (let k = 0; k < 4; k++) {
					if (segmentsCross(p, q, corners[k]!, corners[(k + 1) % 4]!)) return false;
				}
			}
		}
	}
	return true;
}

/** True when segments ab and cd intersect (touching counts). */
function segmentsCross(
	a: [number, number],
	b: [number, number],
	c: [number, number],
	d: [number, number]
): boolean {
	return side(a, b, c) * side(a, b, d) <= 0 && side(c, d, a) * side(c, d, b) <= 0;
}

/** Which side of the line pq the point s is on: 1 left, −1 right, 0 on it. */
function side(p: [number, number], q: [number, number], s: [number, number]): number {
	return Math.sign((q[0] - p[0]) * (s[1] - p[1]) - (q[1] - p[1]) * (s[0] - p[0]));
}

function segmentDistance(x: number, y: number, a: [number, number], b: [number, number]): number {
	const [ax, ay] = a;
	const [bx, by] = b;
	const lengthSquared = (bx - ax) ** 2 + (by - ay) ** 2;
	const t =
		lengthSquared === 0
			? 0
			: Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / lengthSquared));
	return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}
