import type { Position } from 'geojson';

/*
 * SOSI circular geometry (plan-standards §4.1, R8) turned into polylines. GeoJSON has no
 * arcs, so each arc becomes chords whose midpoint deviates at most MAX_DEVIATION from the
 * true arc (sagitta r·(1 − cos(θ/2)) ≤ d), capped at MAX_SEGMENTS for huge radii. All
 * points are [E, N] in metres; angles are mathematical (from east, counter-clockwise),
 * as in FYBA's GM_KonvBue/GM_KonvBuep.
 */
export const MAX_DEVIATION = 0.01;
export const MAX_SEGMENTS = 256;

const TWO_PI = 2 * Math.PI;

/**
 * `.BUEP`: the arc from p1 through p2 to p3. Returns null when the points are collinear
 * (no circle passes through them); the caller draws a straight line instead.
 * @example arcThroughPoints([10, 0], [0, 10], [-10, 0]) // a half circle of 37 points
 */
export function arcThroughPoints(p1: Position, p2: Position, p3: Position): Position[] | null {
	const centre = circumcentre(p1, p2, p3);
	if (!centre) return null;
	const start = angle(centre, p1);
	const toEnd = normalise(angle(centre, p3) - start);
	const toMiddle = normalise(angle(centre, p2) - start);
	// The arc runs counter-clockwise when p2 comes before p3 going that way round.
	const sweep = toMiddle < toEnd ? toEnd : toEnd - TWO_PI;
	return withEnds(sweepPoints(centre, distance(centre, p1), start, sweep), p1, p3);
}

/**
 * `.BUE`: the arc from p1 to p2 with `..RADIUS` (negative: counter-clockwise, positive:
 * clockwise) and `..STORBUE 1` for the longer of the two arcs (FYBA GM_KonvBue).
 * Returns null when the radius is shorter than half the chord.
 * @example arcWithRadius([10, 0], [-10, 0], -10, false) // upper half circle
 */
export function arcWithRadius(
	p1: Position,
	p2: Position,
	radius: number,
	large: boolean
): Position[] | null {
	const chord = distance(p1, p2);
	const r = Math.abs(radius);
	if (chord === 0 || r < chord / 2 - 1e-9) return null;
	const offset = Math.sqrt(Math.max(0, r * r - (chord * chord) / 4));
	const counterClockwise = radius < 0;
	// For the shorter arc the centre lies on the side the arc turns towards.
	const left = counterClockwise !== large ? 1 : -1;
	const ux = ((p2[0] as number) - (p1[0] as number)) / chord;
	const uy = ((p2[1] as number) - (p1[1] as number)) / chord;
	const centre = [
		((p1[0] as number) + (p2[0] as number)) / 2 - left * uy * offset,
		((p1[1] as number) + (p2[1] as number)) / 2 + left * ux * offset
	];
	const start = angle(centre, p1);
	const ccw = normalise(angle(centre, p2) - start);
	const sweep = counterClockwise ? ccw : ccw - TWO_PI;
	return withEnds(sweepPoints(centre, r, start, sweep), p1, p2);
}

/**
 * `.SIRKEL` (centre and radius) or `.SIRKELP` (three points on it) as a closed ring
 * starting east of the centre, counter-clockwise.
 * @example circleRing([0, 0], 10).length // 2 + segments
 */
export function circleRing(centre: Position, radius: number): Position[] {
	const ring = sweepPoints(centre, radius, 0, TWO_PI);
	ring[ring.length - 1] = ring[0] as Position;
	return ring;
}

/** The centre of the circle through three points, or null if they are collinear. */
export function circumcentre(p1: Position, p2: Position, p3: Position): Position | null {
	const [ax, ay] = p1 as [number, number];
	const bx = (p2[0] as number) - ax;
	const by = (p2[1] as number) - ay;
	const cx = (p3[0] as number) - ax;
	const cy = (p3[1] as number) - ay;
	const d = 2 * (bx * cy - by * cx);
	const scale = Math.max(bx * bx + by * by, cx * cx + cy * cy);
	if (scale === 0 || Math.abs(d) <= 1e-12 * scale) return null;
	const b2 = bx * bx + by * by;
	const c2 = cx * cx + cy * cy;
	return [ax + (cy * b2 - by * c2) / d, ay + (bx * c2 - cx * b2) / d];
}

function sweepPoints(centre: Position, r: number, start: number, sweep: number): Position[] {
	const step = r > MAX_DEVIATION ? 2 * Math.acos(1 - MAX_DEVIATION / r) : Math.PI;
	const segments = Math.min(MAX_SEGMENTS, Math.max(1, Math.ceil(Math.abs(sweep) / step)));
	const points: Position[] = [];
	for (let k = 0; k <= segments; k++) {
		const a = start + (sweep * k) / segments;
		points.push([(centre[0] as number) + r * Math.cos(a), (centre[1] as number) + r * Math.sin(a)]);
	}
	return points;
}

/** The file's own end points, exactly, so curves still meet their neighbours. */
function withEnds(points: Position[], first: Position, last: Position): Position[] {
	points[0] = [first[0] as number, first[1] as number];
	points[points.length - 1] = [last[0] as number, last[1] as number];
	return points;
}

function angle(from: Position, to: Position): number {
	return Math.atan2(
		(to[1] as number) - (from[1] as number),
		(to[0] as number) - (from[0] as number)
	);
}

function normalise(a: number): number {
	const r = a % TWO_PI;
	return r < 0 ? r + TWO_PI : r;
}

function distance(a: Position, b: Position): number {
	return Math.hypot((b[0] as number) - (a[0] as number), (b[1] as number) - (a[1] as number));
}
