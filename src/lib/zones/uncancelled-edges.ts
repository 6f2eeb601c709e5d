import type { Path64, Paths64, Point64 } from 'clipper2-ts';
import { boxOf, type Box } from '../merge/geometry/box';

/** 2^26: grid extents below this (67 km) pack a vertex into one exact double. */
const PACK = 2 ** 26;

type Edge = [Point64, Point64];

/**
 * The edges of the zones, minus the edges of the boundary, with every edge cancelled by its
 * reverse twin, chained into closed paths.
 *
 * Why this proves a partition: winding numbers add, so at any point the sum of the zones'
 * windings minus the boundary's is the winding of this chain of edges. A border two zones
 * share appears once in each direction and cancels; a zone edge lying on a boundary edge
 * cancels the boundary's. When nothing is left, every point is covered by exactly as many
 * zones as the boundary covers it (0 or 1, each zone being valid): no overlap, gap or
 * outside, proved with a hash map and no overlay. What is left encloses exactly the
 * problems, and it is usually a few edges to overlay instead of the whole municipality.
 * Exact for extents below 67 km (Asker is about 40 km across).
 * @example uncancelledEdges([left, right], boundary) // [] for two squares tiling a rectangle
 */
export function uncancelledEdges(zones: readonly Paths64[], boundary: Paths64): Paths64 {
	const rings = [...zones.flat(), ...boundary.map((ring) => [...ring].reverse())];
	const box = boxOf(rings);
	if (!box) return [];
	return chain(cancelAlongLines(cancelTwins(rings, box), box), box);
}

/** Directed edges left after removing every pair a→b, b→a (with multiplicity). */
function cancelTwins(rings: Paths64, box: Box): Edge[] {
	const ids = new VertexIds(box);
	const n = rings.reduce((sum, ring) => sum + ring.length, 0) + 1;
	// Count of uncancelled copies of each directed edge, keyed from × n + to (exact: n² < 2^53).
	const open = new Map<number, number>();
	for (const ring of rings) {
		const id = ids.ofRing(ring);
		for (let i = 0; i < id.length; i++) {
			const from = id[i]!;
			const to = id[(i + 1) % id.length]!;
			if (from === to) continue;
			const twin = to * n + from;
			const twins = open.get(twin) ?? 0;
			if (twins > 0) open.set(twin, twins - 1);
			else open.set(from * n + to, (open.get(from * n + to) ?? 0) + 1);
		}
	}
	const edges: Edge[] = [];
	for (const [key, count] of open) {
		const edge: Edge = [ids.points[Math.floor(key / n)]!, ids.points[key % n]!];
		for (let i = 0; i < count; i++) edges.push(edge);
	}
	return edges;
}

/**
 * Cancels opposite edges that overlap on one straight line but end at different vertices (a
 * zone edge along part of a long boundary edge). Besides shortening the overlay, this is
 * needed for correctness: clipper2-ts 2.0.1 mis-fills a path that runs back along itself
 * (a 180° spike), which chaining such edges would produce.
 */
function cancelAlongLines(edges: Edge[], box: Box): Edge[] {
	const lines = new Map<string, Edge[]>();
	for (const edge of edges) {
		const key = lineKey(edge, box);
		const list = lines.get(key);
		if (list) list.push(edge);
		else lines.set(key, [edge]);
	}
	const out: Edge[] = [];
	for (const [key, list] of lines) {
		if (list.length === 1) out.push(list[0]!);
		else out.push(...netAlongLine(list, key, box));
	}
	return out;
}

/** The supporting line: reduced direction (pointing +x, or +y when vertical) and offset. */
function lineKey([a, b]: Edge, box: Box): string {
	const [ux, uy] = direction(a, b);
	return `${ux},${uy},${ux * (a.y - box.minY) - uy * (a.x - box.minX)}`;
}

function direction(a: Point64, b: Point64): [number, number] {
	let dx = b.x - a.x;
	let dy = b.y - a.y;
	const g = gcd(Math.abs(dx), Math.abs(dy));
	dx /= g;
	dy /= g;
	return dx < 0 || (dx === 0 && dy < 0) ? [-dx, -dy] : [dx, dy];
}

function gcd(a: number, b: number): number {
	while (b) [a, b] = [b, a % b];
	return a;
}

/** Sweeps the edges of one line by position along it and emits the net multiplicity per stretch. */
function netAlongLine(edges: Edge[], key: string, box: Box): Edge[] {
	const [ux, uy] = key.split(',').map(Number) as [number, number];
	const at = (p: Point64) => ux * (p.x - box.minX) + uy * (p.y - box.minY);
	const points = new Map<number, Point64>();
	const delta = new Map<number, number>();
	for (const [a, b] of edges) {
		const sa = at(a);
		const sb = at(b);
		points.set(sa, a);
		points.set(sb, b);
		const sign = sb > sa ? 1 : -1;
		delta.set(Math.min(sa, sb), (delta.get(Math.min(sa, sb)) ?? 0) + sign);
		delta.set(Math.max(sa, sb), (delta.get(Math.max(sa, sb)) ?? 0) - sign);
	}
	const out: Edge[] = [];
	let net = 0;
	let start = 0;
	for (const s of [...delta.keys()].sort((p, q) => p - q)) {
		const next = net + delta.get(s)!;
		// A stretch ends where the multiplicity changes; equal neighbours stay one edge.
		if (next !== net) {
			const [lo, hi] = [points.get(start)!, points.get(s)!];
			for (let i = 0; i < Math.abs(net); i++) out.push(net > 0 ? [lo, hi] : [hi, lo]);
			start = s;
			net = next;
		}
	}
	return out;
}

/** Small integer ids for grid vertices, one packed number per vertex. */
class VertexIds {
	readonly points: Point64[] = [];
	private readonly byKey = new Map<number | string, number>();
	private readonly key: (p: Point64) => number | string;

	constructor(box: Box) {
		const fits = box.maxX - box.minX < PACK && box.maxY - box.minY < PACK;
		this.key = fits ? (p) => (p.x - box.minX) * PACK + (p.y - box.minY) : (p) => `${p.x},${p.y}`;
	}

	ofRing(ring: Path64): number[] {
		return ring.map((p) => this.of(p));
	}

	of(p: Point64): number {
		const key = this.key(p);
		let id = this.byKey.get(key);
		if (id === undefined) {
			id = this.points.length;
			this.byKey.set(key, id);
			this.points.push(p);
		}
		return id;
	}
}

/**
 * Links directed edges into closed paths. Every vertex has as many edges in as out (rings
 * are closed, and each cancellation removes as much in as out), so a walk can only end
 * where it started.
 */
function chain(edges: Edge[], box: Box): Paths64 {
	const ids = new VertexIds(box);
	const outgoing = new Map<number, number[]>();
	for (const [a, b] of edges) {
		const from = ids.of(a);
		const list = outgoing.get(from);
		if (list) list.push(ids.of(b));
		else outgoing.set(from, [ids.of(b)]);
	}
	const paths: Paths64 = [];
	for (const start of outgoing.keys()) {
		while ((outgoing.get(start)?.length ?? 0) > 0) {
			const path: Path64 = [];
			let at: number | undefined = start;
			while (at !== undefined) {
				path.push(ids.points[at]!);
				at = outgoing.get(at)?.pop();
			}
			// The walk ends by coming back to `start`, which is already the first vertex.
			path.pop();
			if (path.length >= 3) paths.push(path);
		}
	}
	return paths;
}
