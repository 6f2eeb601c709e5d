import type { Position } from 'geojson';

/** Largest gap between a densified arc and the true circle, in CRS units (metres in UTM). */
export const ARC_TOLERANCE = 0.01;
/** A bound on vertices per arc, so a near-straight arc with a huge radius stays small. */
const MAX_STEPS = 4096;

/**
 * Replaces a GML `Arc` (three points on a circle, start–middle–end) with a polyline whose
 * chords stay within `tolerance` of the circle. Three collinear points are already a line.
 * The first and last vertices are the input's own, so rings built from arcs still close.
 * @example densifyArc([10, 0], [0, 10], [-10, 0]).length // 1 + steps of a half circle, r = 10
 */
export function densifyArc(
	start: Position,
	middle: Position,
	end: Position,
	tolerance = ARC_TOLERANCE
): Position[] {
	return densify(start, middle, end, false, tolerance);
}

/**
 * Replaces a GML `Circle` (three points on it) with a closed ring.
 * @example densifyCircle([10, 0], [0, 10], [-10, 0]).at(-1) // [10, 0]
 */
export function densifyCircle(
	a: Position,
	b: Position,
	c: Position,
	tolerance = ARC_TOLERANCE
): Position[] {
	return densify(a, b, c, true, tolerance);
}

function densify(
	p0: Position,
	p1: Position,
	p2: Position,
	full: boolean,
	tolerance: number
): Position[] {
	// Work relative to the first point: UTM northings near 6.6e6 lose digits when squared.
	const [x0, y0] = p0 as [number, number];
	const bx = (p1[0] as number) - x0;
	const by = (p1[1] as number) - y0;
	const cx = (p2[0] as number) - x0;
	const cy = (p2[1] as number) - y0;
	const cross = bx * cy - by * cx;
	const scale = Math.max(Math.hypot(bx, by), Math.hypot(cx, cy));
	if (Math.abs(cross) <= 1e-12 * scale * scale) return full ? [p0, p1, p2, p0] : [p0, p1, p2];

	const d = 2 * cross;
	const ux = (cy * (bx * bx + by * by) - by * (cx * cx + cy * cy)) / d;
	const uy = (bx * (cx * cx + cy * cy) - cx * (bx * bx + by * by)) / d;
	const radius = Math.hypot(ux, uy);
	const from = Math.atan2(-uy, -ux);
	const ccw = cross > 0;
	const turn = full
		? 2 * Math.PI
		: positiveAngle(
				ccw ? Math.atan2(cy - uy, cx - ux) - from : from - Math.atan2(cy - uy, cx - ux)
			);
	const sweep = ccw ? turn : -turn;
	const maxStep = tolerance < radius ? 2 * Math.acos(1 - tolerance / radius) : Math.PI / 2;
	const steps = Math.min(MAX_STEPS, Math.max(2, Math.ceil(turn / maxStep)));

	const points: Position[] = [p0];
	for (let i = 1; i < steps; i++) {
		const angle = from + (sweep * i) / steps;
		points.push([x0 + ux + radius * Math.cos(angle), y0 + uy + radius * Math.sin(angle)]);
	}
	points.push(full ? p0 : p2);
	return points;
}

function positiveAngle(angle: number): number {
	const twoPi = 2 * Math.PI;
	return ((angle % twoPi) + twoPi) % twoPi;
}
