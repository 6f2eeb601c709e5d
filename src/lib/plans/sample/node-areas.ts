import type { Path64, Paths64, Point64 } from 'clipper2-ts';

/*
 * Nodes a set of areas that tile each other against one cutting area before a boolean
 * operation: wherever a cutter edge crosses an area edge, the crossing point (computed once,
 * from the two segments in a canonical order, rounded to 1 mm) is inserted into both; and a
 * vertex lying on the other's edge (within `tolerance` mm) is inserted into that edge. After
 * this, Clipper meets only shared vertices, so it creates no new (rounded) points and two
 * neighbouring areas clipped separately still share their edges exactly. Without it, each
 * operation rounds its own intersection points and adjacent cells disagree by a millimetre,
 * which a merge reports as thousands of hairline gaps.
 */

interface Segment {
	ring: number;
	edge: number;
	a: Point64;
	b: Point64;
}

type Inserts = Map<string, Point64[]>;

const MAX_PASSES = 4;

/**
 * Areas and cutter with every crossing and touching vertex shared.
 * @example const { areas, cutter } = nodeAreas(cells, boundary)
 */
export function nodeAreas(
	areas: Paths64[],
	cutter: Paths64,
	tolerance = 2
): { areas: Paths64[]; cutter: Paths64 } {
	let current = areas;
	let cut = cutter;
	for (let pass = 0; pass < MAX_PASSES; pass++) {
		const cutterInserts: Inserts = new Map();
		const cutterSegments = segmentsOf(cut);
		const box = boxOf(cut, tolerance);
		let changed = false;
		current = current.map((area) => {
			if (!overlaps(boxOf(area, 0), box)) return area;
			const inserts: Inserts = new Map();
			for (const s of segmentsOf(area)) {
				for (const t of cutterSegments) node(s, t, tolerance, inserts, cutterInserts);
			}
			if (inserts.size === 0) return area;
			changed = true;
			return applyInserts(area, inserts);
		});
		if (cutterInserts.size > 0) {
			changed = true;
			cut = applyInserts(cut, cutterInserts);
		}
		if (!changed) break;
	}
	return { areas: current, cutter: cut };
}

function node(s: Segment, t: Segment, tol: number, sIn: Inserts, tIn: Inserts): void {
	if (!overlaps(segmentBox(s, tol), segmentBox(t, 0))) return;
	for (const p of [t.a, t.b]) if (nearInterior(p, s, tol)) add(sIn, s, p);
	for (const p of [s.a, s.b]) if (nearInterior(p, t, tol)) add(tIn, t, p);
	const x = crossing(s, t);
	if (!x) return;
	if ([s.a, s.b, t.a, t.b].some((p) => distanceSquared(p, x) <= tol * tol)) return;
	add(sIn, s, x);
	add(tIn, t, x);
}

/** The proper crossing point of two segments, rounded, computed in a canonical order. */
function crossing(s: Segment, t: Segment): Point64 | null {
	const o1 = Math.sign(orient(s.a, s.b, t.a));
	const o2 = Math.sign(orient(s.a, s.b, t.b));
	const o3 = Math.sign(orient(t.a, t.b, s.a));
	const o4 = Math.sign(orient(t.a, t.b, s.b));
	if (o1 * o2 >= 0 || o3 * o4 >= 0) return null;
	const [p1, p2] = sorted(s.a, s.b);
	const [p3, p4] = sorted(t.a, t.b);
	const [[a, b], [c, d]] = before(p1, p3)
		? [
				[p1, p2],
				[p3, p4]
			]
		: [
				[p3, p4],
				[p1, p2]
			];
	const denominator = (b.x - a.x) * (d.y - c.y) - (b.y - a.y) * (d.x - c.x);
	const u = ((c.x - a.x) * (d.y - c.y) - (c.y - a.y) * (d.x - c.x)) / denominator;
	return { x: Math.round(a.x + u * (b.x - a.x)), y: Math.round(a.y + u * (b.y - a.y)) };
}

/** p lies within tol of segment s, strictly between its ends (not within tol of either). */
function nearInterior(p: Point64, s: Segment, tol: number): boolean {
	const dx = s.b.x - s.a.x;
	const dy = s.b.y - s.a.y;
	const length2 = dx * dx + dy * dy;
	if (length2 === 0) return false;
	if (distanceSquared(p, s.a) <= tol * tol || distanceSquared(p, s.b) <= tol * tol) return false;
	const u = ((p.x - s.a.x) * dx + (p.y - s.a.y) * dy) / length2;
	if (u <= 0 || u >= 1) return false;
	const cross = (p.x - s.a.x) * dy - (p.y - s.a.y) * dx;
	return (cross * cross) / length2 <= tol * tol;
}

function applyInserts(area: Paths64, inserts: Inserts): Paths64 {
	return area.map((path, ring) => {
		const out: Path64 = [];
		path.forEach((a, edge) => {
			out.push(a);
			const points = inserts.get(`${ring}:${edge}`);
			if (!points) return;
			const b = path[(edge + 1) % path.length] as Point64;
			const along = (p: Point64) => (p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y);
			const ordered = [...points].sort((p, q) => along(p) - along(q));
			for (const p of ordered) {
				const last = out[out.length - 1] as Point64;
				if ((p.x !== last.x || p.y !== last.y) && (p.x !== b.x || p.y !== b.y)) out.push(p);
			}
		});
		return out;
	});
}

function add(inserts: Inserts, s: Segment, p: Point64): void {
	const key = `${s.ring}:${s.edge}`;
	const list = inserts.get(key) ?? [];
	if (!list.some((q) => q.x === p.x && q.y === p.y)) list.push({ x: p.x, y: p.y });
	inserts.set(key, list);
}

function segmentsOf(area: Paths64): Segment[] {
	return area.flatMap((path, ring) =>
		path.map((a, edge) => ({ ring, edge, a, b: path[(edge + 1) % path.length] as Point64 }))
	);
}

type Box = [number, number, number, number];

function boxOf(area: Paths64, margin: number): Box {
	const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
	for (const path of area) {
		for (const p of path) {
			box[0] = Math.min(box[0], p.x - margin);
			box[1] = Math.min(box[1], p.y - margin);
			box[2] = Math.max(box[2], p.x + margin);
			box[3] = Math.max(box[3], p.y + margin);
		}
	}
	return box;
}

function segmentBox(s: Segment, margin: number): Box {
	return [
		Math.min(s.a.x, s.b.x) - margin,
		Math.min(s.a.y, s.b.y) - margin,
		Math.max(s.a.x, s.b.x) + margin,
		Math.max(s.a.y, s.b.y) + margin
	];
}

function overlaps(a: Box, b: Box): boolean {
	return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function orient(a: Point64, b: Point64, c: Point64): number {
	return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
}

function before(p: Point64, q: Point64): boolean {
	return p.x < q.x || (p.x === q.x && p.y < q.y);
}

function sorted(p: Point64, q: Point64): [Point64, Point64] {
	return before(p, q) ? [p, q] : [q, p];
}

function distanceSquared(p: Point64, q: Point64): number {
	return (p.x - q.x) ** 2 + (p.y - q.y) ** 2;
}
