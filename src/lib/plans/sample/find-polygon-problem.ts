import type { Path64, Paths64, Point64 } from 'clipper2-ts';
import { orient, segmentsTouch } from '../../merge/geometry/segments-touch';

/*
 * A strict validity check for one polygon (outer ring first, then holes) in integer
 * coordinates: stricter than OGC, because it also refuses a hole touching the outer ring at
 * a point, which some SOSI tools read as two areas. Exact: orientation tests on integers
 * below 1e8 stay below 2^53. O(n²) in the vertex count, fine for plan areas.
 */

/**
 * Why a polygon is not a clean, simple polygon, or null when it is.
 * @example findPolygonProblem([[{x:0,y:0},{x:10,y:0},{x:0,y:10}]]) // null
 */
export function findPolygonProblem(rings: Paths64): string | null {
	if (rings.length === 0) return 'no rings';
	for (const [r, ring] of rings.entries()) {
		if (ring.length < 3) return `ring ${r} has ${ring.length} vertices`;
		const seen = new Set<string>();
		for (const p of ring) {
			const key = `${p.x},${p.y}`;
			if (seen.has(key)) return `ring ${r} repeats vertex ${key}`;
			seen.add(key);
		}
	}
	const segments = rings.flatMap((ring, r) =>
		ring.map((a, i) => ({ r, i, n: ring.length, a, b: ring[(i + 1) % ring.length] as Point64 }))
	);
	for (let s = 0; s < segments.length; s++) {
		for (let t = s + 1; t < segments.length; t++) {
			const p = segments[s]!;
			const q = segments[t]!;
			const adjacent = p.r === q.r && ((p.i + 1) % p.n === q.i || (q.i + 1) % q.n === p.i);
			if (adjacent) {
				if (overlapsAtJoint(p.a, p.b, q.a, q.b))
					return `ring ${p.r} doubles back at ${p.b.x},${p.b.y}`;
			} else if (segmentsTouch(p.a, p.b, q.a, q.b)) {
				return `rings ${p.r}/${q.r} touch or cross near ${p.a.x},${p.a.y}`;
			}
		}
	}
	const outer = rings[0] as Path64;
	for (const [r, hole] of rings.slice(1).entries()) {
		if (!inside(hole[0] as Point64, outer)) return `hole ${r + 1} lies outside the outer ring`;
		for (const [o, other] of rings.slice(1).entries()) {
			if (o !== r && inside(hole[0] as Point64, other))
				return `hole ${r + 1} lies in hole ${o + 1}`;
		}
	}
	return null;
}

/** Two consecutive edges (sharing a joint) run back over each other: a spike. */
function overlapsAtJoint(a: Point64, b: Point64, c: Point64, d: Point64): boolean {
	const [joint, p, q] = b.x === c.x && b.y === c.y ? [b, a, d] : [a, b, c];
	if (orient(p, joint, q) !== 0) return false;
	return (p.x - joint.x) * (q.x - joint.x) + (p.y - joint.y) * (q.y - joint.y) > 0;
}

function inside(p: Point64, ring: Path64): boolean {
	let result = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const a = ring[i] as Point64;
		const b = ring[j] as Point64;
		if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) {
			result = !result;
		}
	}
	return result;
}
