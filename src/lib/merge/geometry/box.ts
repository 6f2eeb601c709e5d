import type { Path64, Paths64 } from 'clipper2-ts';

/** An axis-aligned box on the 1 mm grid (inclusive bounds). */
export interface Box {
	minX: number;
	minY: number;
	maxX: number;
	maxY: number;
}

/**
 * The bounding box of integer paths, or null when there are no vertices.
 * @example boxOf([[{ x: 0, y: 0 }, { x: 5, y: 2 }, { x: 1, y: 9 }]]) // { minX: 0, minY: 0, maxX: 5, maxY: 9 }
 */
export function boxOf(paths: Paths64 | Path64[]): Box | null {
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	for (const path of paths) {
		for (const { x, y } of path) {
			if (x < minX) minX = x;
			if (y < minY) minY = y;
			if (x > maxX) maxX = x;
			if (y > maxY) maxY = y;
		}
	}
	return minX === Infinity ? null : { minX, minY, maxX, maxY };
}

/**
 * Whether two closed boxes share at least one point.
 * @example boxesTouch({ minX: 0, minY: 0, maxX: 1, maxY: 1 }, { minX: 1, minY: 1, maxX: 2, maxY: 2 }) // true
 */
export function boxesTouch(a: Box, b: Box): boolean {
	return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}

/**
 * The common part of two boxes, or null when they are disjoint.
 * @example boxIntersection({ minX: 0, minY: 0, maxX: 4, maxY: 4 }, { minX: 2, minY: 1, maxX: 9, maxY: 3 })
 */
export function boxIntersection(a: Box, b: Box): Box | null {
	if (!boxesTouch(a, b)) return null;
	return {
		minX: Math.max(a.minX, b.minX),
		minY: Math.max(a.minY, b.minY),
		maxX: Math.min(a.maxX, b.maxX),
		maxY: Math.min(a.maxY, b.maxY)
	};
}
