import {
	Clipper,
	PointInPolygonResult,
	type Path64,
	type Paths64,
	type Point64
} from 'clipper2-ts';
import { ringTwiceArea } from './paths-area';
import { lowestLeftmost } from './lowest-leftmost';

/**
 * Splits a Clipper region into its connected polygons, each [outer, ...holes], ordered by
 * their outer ring's lowest-leftmost vertex. Holes are given to the smallest outer ring most
 * of their vertices and edge midpoints lie in, rather than by a PolyTree: clipper2-ts 2.0.1
 * puts a hole that touches its outer ring along an edge at the top of the tree, which
 * a PolyTree-based split returns as a polygon of negative area. A ring that
 * passes through one vertex twice (two pieces touching at a corner, or a hole touching its
 * outer ring at a point, as Clipper often writes them) is first cut into its loops.
 * @example splitPieces(Clipper.union(a, b, FillRule.NonZero)).length // 1 when a and b touch
 */
export function splitPieces(region: Paths64): Paths64[] {
	const loops = region.flatMap(splitAtPinches);
	const outers = loops.filter((ring) => ringTwiceArea(ring) > 0);
	const holes = loops.filter((ring) => ringTwiceArea(ring) < 0);
	const pieces: Paths64[] = outers.map((outer) => [outer]);
	if (outers.length === 1) pieces[0]!.push(...holes);
	else if (outers.length > 1) {
		const smallestFirst = outers
			.map((_, i) => i)
			.sort((a, b) => ringTwiceArea(outers[a]!) - ringTwiceArea(outers[b]!));
		for (const hole of holes) {
			const scores = smallestFirst.map((i) => ({ i, score: insideScore(hole, outers[i]!) }));
			const owner =
				scores.find((s) => s.score > 0) ??
				scores.reduce((best, s) => (s.score > best.score ? s : best));
			pieces[owner.i]!.push(hole);
		}
	}
	return pieces.sort((a, b) => {
		const p = lowestLeftmost(a[0]!);
		const q = lowestLeftmost(b[0]!);
		return p.x - q.x || p.y - q.y;
	});
}

/** Vertices and edge midpoints of `hole` inside `outer` minus those outside (on the ring: neither). */
function insideScore(hole: Path64, outer: Path64): number {
	let score = 0;
	const vote = (p: Point64) => {
		const result = Clipper.pointInPolygon(p, outer);
		if (result === PointInPolygonResult.IsInside) score++;
		else if (result === PointInPolygonResult.IsOutside) score--;
	};
	hole.forEach((p, i) => {
		const q = hole[(i + 1) % hole.length]!;
		vote(p);
		vote({ x: Math.round((p.x + q.x) / 2), y: Math.round((p.y + q.y) / 2) });
	});
	return score;
}

/** Cuts a ring at every vertex it visits twice into simple loops, each keeping its direction. */
function splitAtPinches(ring: Path64): Path64[] {
	const loops: Path64[] = [];
	const open: Path64 = [];
	const at = new Map<string, number>();
	for (const p of ring) {
		const key = `${p.x},${p.y}`;
		const seen = at.get(key);
		if (seen !== undefined) {
			const loop = open.splice(seen);
			for (const q of loop) at.delete(`${q.x},${q.y}`);
			loops.push(loop);
		}
		at.set(key, open.length);
		open.push(p);
	}
	loops.push(open);
	return loops.filter((loop) => loop.length >= 3);
}
