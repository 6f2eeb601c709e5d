import Flatbush from 'flatbush';
import type { Paths64, Point64 } from 'clipper2-ts';
import { UNITS_PER_METRE } from './to-paths';

/**
 * How far (grid units) an edge may lie from another and still count as the same border.
 * Both sides come from the same integer overlay, but Clipper rounds each new intersection
 * point to the grid, so a border split at such a point can leave its line by up to
 * √½ unit. One unit (1 mm) accepts that and nothing a planner could see.
 */
const TOLERANCE = 1;

/** Brute force below this many segment pairs; a Flatbush index above. */
const BRUTE_FORCE_PAIRS = 4096;

interface Segment {
	a: Point64;
	b: Point64;
}

/**
 * Length in metres of the border two regions share: the total length of edges of `a` that
 * run along edges of `b`, including collinear partial overlaps (an edge of one region is
 * often split into several edges of the other).
 * @example sharedBorderLength(sliver, neighbour) // 1000 for a 1 km seam
 */
export function sharedBorderLength(a: Paths64, b: Paths64): number {
	const sa = segmentsOf(a);
	const sb = segmentsOf(b);
	if (sa.length === 0 || sb.length === 0) return 0;
	let total = 0;
	if (sa.length * sb.length <= BRUTE_FORCE_PAIRS) {
		for (const s of sa) for (const t of sb) total += overlapLength(s, t);
		return total / UNITS_PER_METRE;
	}
	const index = new Flatbush(sb.length);
	for (const { a: p, b: q } of sb) {
		index.add(
			Math.min(p.x, q.x) - TOLERANCE,
			Math.min(p.y, q.y) - TOLERANCE,
			Math.max(p.x, q.x) + TOLERANCE,
			Math.max(p.y, q.y) + TOLERANCE
		);
	}
	index.finish();
	for (const s of sa) {
		const hits = index.search(
			Math.min(s.a.x, s.b.x),
			Math.min(s.a.y, s.b.y),
			Math.max(s.a.x, s.b.x),
			Math.max(s.a.y, s.b.y)
		);
		for (const i of hits) total += overlapLength(s, sb[i]!);
	}
	return total / UNITS_PER_METRE;
}

function segmentsOf(paths: Paths64): Segment[] {
	const out: Segment[] = [];
	for (const path of paths) {
		for (let i = 0; i < path.length; i++) {
			const a = path[i]!;
			const b = path[(i + 1) % path.length]!;
			if (a.x !== b.x || a.y !== b.y) out.push({ a, b });
		}
	}
	return out;
}

/**
 * Length (grid units) along which two segments coincide: both ends of the shorter one lie
 * within TOLERANCE of the longer one's line, and the overlap is the shorter one's projection
 * clamped to the longer one.
 */
function overlapLength(s: Segment, t: Segment): number {
	const ls = (s.b.x - s.a.x) ** 2 + (s.b.y - s.a.y) ** 2;
	const lt = (t.b.x - t.a.x) ** 2 + (t.b.y - t.a.y) ** 2;
	const [long, short, l2] = ls >= lt ? [s, t, ls] : [t, s, lt];
	const dx = long.b.x - long.a.x;
	const dy = long.b.y - long.a.y;
	if (
		Math.min(short.a.x, short.b.x) > Math.max(long.a.x, long.b.x) + TOLERANCE ||
		Math.max(short.a.x, short.b.x) < Math.min(long.a.x, long.b.x) - TOLERANCE ||
		Math.min(short.a.y, short.b.y) > Math.max(long.a.y, long.b.y) + TOLERANCE ||
		Math.max(short.a.y, short.b.y) < Math.min(long.a.y, long.b.y) - TOLERANCE
	) {
		return 0;
	}
	const limit = TOLERANCE * TOLERANCE * l2;
	const c1 = dx * (short.a.y - long.a.y) - dy * (short.a.x - long.a.x);
	if (c1 * c1 > limit) return 0;
	const c2 = dx * (short.b.y - long.a.y) - dy * (short.b.x - long.a.x);
	if (c2 * c2 > limit) return 0;
	// Projections as integer dot products (exact), divided by the length once at the end.
	const d1 = dx * (short.a.x - long.a.x) + dy * (short.a.y - long.a.y);
	const d2 = dx * (short.b.x - long.a.x) + dy * (short.b.y - long.a.y);
	const from = Math.max(0, Math.min(d1, d2));
	const to = Math.min(l2, Math.max(d1, d2));
	return to > from ? (to - from) / Math.sqrt(l2) : 0;
}
