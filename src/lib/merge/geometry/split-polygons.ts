import {
	Clipper,
	Clipper64,
	ClipType,
	FillRule,
	PointInPolygonResult,
	PolyTree64,
	type Path64,
	type Paths64,
	type PolyPath64
} from 'clipper2-ts';
import { ringTwiceArea } from './paths-area';

/**
 * Splits a Clipper region into its connected polygons, each as [outer, ...holes], in a
 * canonical order (by the outer ring's lowest-leftmost vertex). Which hole belongs to which
 * outer is Clipper's PolyTree's answer (needed only when there are several of each).
 * Clipper may return a ring that touches itself at a vertex (two triangles meeting at a
 * point come back as one ring); OGC calls that invalid (plan-standards §5 R6), so such a ring
 * is broken into simple loops when the loops provably describe the same area.
 * @example splitPolygons(twoSquares).length // 2
 */
export function splitPolygons(shape: Paths64): Paths64[] {
	const outers = shape.filter((p) => ringTwiceArea(p) > 0);
	const holes = shape.filter((p) => ringTwiceArea(p) < 0);
	let polygons: Paths64[];
	if (outers.length <= 1) polygons = outers.length === 1 ? [[outers[0]!, ...holes]] : [];
	else if (holes.length === 0) polygons = outers.map((outer) => [outer]);
	else polygons = fromPolyTree(shape);
	return polygons.flatMap(untouch).sort((a, b) => compareRings(a[0]!, b[0]!));
}

function fromPolyTree(shape: Paths64): Paths64[] {
	const tree = new PolyTree64();
	const clipper = new Clipper64();
	clipper.addSubject(shape);
	clipper.execute(ClipType.Union, FillRule.NonZero, tree);
	const out: Paths64[] = [];
	const visit = (node: PolyPath64): void => {
		for (let i = 0; i < node.count; i++) {
			const outer = node.child(i);
			const polygon: Paths64 = [outer.poly ?? []];
			for (let j = 0; j < outer.count; j++) {
				const hole = outer.child(j);
				polygon.push(hole.poly ?? []);
				visit(hole);
			}
			out.push(polygon);
		}
	};
	visit(tree);
	return out;
}

/**
 * Replaces a polygon whose rings touch themselves by simple polygons, if the split is sound:
 * every loop of a hole turns the same way as the hole, every hole (or inverted loop of the
 * outer) lies in exactly one outer loop, and the signed areas add up. Otherwise the polygon
 * is returned as Clipper made it: correct as an area, and the rare case is left visible.
 */
function untouch(polygon: Paths64): Paths64[] {
	if (!polygon.some(hasRepeatedVertex)) return [polygon];
	const [outer, ...holes] = polygon;
	const outerLoops = simpleLoops(outer!);
	const positives = outerLoops.filter((l) => ringTwiceArea(l) > 0);
	const negatives = outerLoops.filter((l) => ringTwiceArea(l) < 0);
	const holeLoops = holes.flatMap(simpleLoops);
	if (holeLoops.some((l) => ringTwiceArea(l) > 0)) return [polygon];
	const parts: Paths64[] = positives.map((p) => [p]);
	for (const hole of [...negatives, ...holeLoops]) {
		const owners = positives.flatMap((p, k) => (contains(p, hole) ? [k] : []));
		if (owners.length !== 1) return [polygon];
		parts[owners[0]!]!.push(hole);
	}
	const before = polygon.reduce((sum, r) => sum + ringTwiceArea(r), 0);
	const after = parts.flat().reduce((sum, r) => sum + ringTwiceArea(r), 0);
	return before === after ? parts : [polygon];
}

function hasRepeatedVertex(path: Path64): boolean {
	const seen = new Set<string>();
	for (const p of path) {
		const key = `${p.x},${p.y}`;
		if (seen.has(key)) return true;
		seen.add(key);
	}
	return false;
}

/**
 * Breaks a ring at every repeated vertex into loops (each vertex at most once per loop).
 * @example simpleLoops(figureEight).length // 2
 */
export function simpleLoops(path: Path64): Path64[] {
	const stack: Path64 = [];
	const seen = new Map<string, number>();
	const loops: Path64[] = [];
	for (const p of path) {
		const key = `${p.x},${p.y}`;
		const at = seen.get(key);
		if (at === undefined) {
			seen.set(key, stack.length);
			stack.push(p);
			continue;
		}
		const loop = [stack[at]!, ...stack.splice(at + 1)];
		for (const q of loop.slice(1)) seen.delete(`${q.x},${q.y}`);
		if (loop.length >= 3) loops.push(loop);
	}
	if (stack.length >= 3) loops.push(stack);
	return loops;
}

/** A loop lies in an outer loop if none of its vertices is outside and one is strictly inside. */
function contains(outer: Path64, loop: Path64): boolean {
	let inside = false;
	for (const p of loop) {
		const where = Clipper.pointInPolygon(p, outer);
		if (where === PointInPolygonResult.IsOutside) return false;
		if (where === PointInPolygonResult.IsInside) inside = true;
	}
	return inside;
}

/** Orders rings by their lowest-leftmost vertex, then by vertex count: a total, stable key. */
function compareRings(a: Path64, b: Path64): number {
	const pa = lowestLeftmost(a);
	const pb = lowestLeftmost(b);
	return pa.x - pb.x || pa.y - pb.y || a.length - b.length;
}

/**
 * The vertex with the smallest x (then y): the canonical start of a ring.
 * @example lowestLeftmost([{ x: 3, y: 1 }, { x: 1, y: 5 }, { x: 1, y: 2 }]) // { x: 1, y: 2, index: 2 }
 */
export function lowestLeftmost(path: Path64): { x: number; y: number; index: number } {
	let best = 0;
	for (let i = 1; i < path.length; i++) {
		const p = path[i]!;
		const q = path[best]!;
		if (p.x < q.x || (p.x === q.x && p.y < q.y)) best = i;
	}
	const p = path[best] ?? { x: 0, y: 0 };
	return { x: p.x, y: p.y, index: best };
}
