import type { Point64 } from 'clipper2-ts';

/**
 * Whether two closed segments on the integer grid share at least one point (crossing,
 * touching or overlapping). Exact: orientations of integer points are integer products.
 * @example segmentsTouch({ x: 0, y: 0 }, { x: 2, y: 2 }, { x: 0, y: 2 }, { x: 2, y: 0 }) // true
 */
export function segmentsTouch(a: Point64, b: Point64, c: Point64, d: Point64): boolean {
	const o1 = orient(a, b, c);
	const o2 = orient(a, b, d);
	const o3 = orient(c, d, a);
	const o4 = orient(c, d, b);
	if (o1 !== o2 && o3 !== o4) return true;
	return (
		(o1 === 0 && onSegment(a, b, c)) ||
		(o2 === 0 && onSegment(a, b, d)) ||
		(o3 === 0 && onSegment(c, d, a)) ||
		(o4 === 0 && onSegment(c, d, b))
	);
}

/** The sign of the turn a → b → c: 1 left, -1 right, 0 collinear (exact on the integer grid). */
export function orient(a: Point64, b: Point64, c: Point64): number {
	return Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
}

/** p (collinear with a–b) lies within the segment's bounding box. */
function onSegment(a: Point64, b: Point64, p: Point64): boolean {
	return (
		Math.min(a.x, b.x) <= p.x &&
		p.x <= Math.max(a.x, b.x) &&
		Math.min(a.y, b.y) <= p.y &&
		p.y <= Math.max(a.y, b.y)
	);
}
