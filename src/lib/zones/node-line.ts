import type { Path64, Paths64, Point64 } from 'clipper2-ts';

/** A line and the rings of a polygon with every point where they meet made a vertex of both. */
export interface NodedLine {
	line: Path64;
	rings: Paths64;
}

interface Insert {
	t: number;
	p: Point64;
}

/**
 * Inserts every point where a line meets a polygon's rings into both: proper crossings
 * (rounded to the grid), ring vertices the line passes through, and line vertices lying on
 * ring edges. Afterwards the line and the rings meet only at shared vertices, so an overlay
 * that cuts the polygon along the line reuses the rings' edges exactly. Coordinates must be
 * relative to a nearby origin (extents below 94 km) for the integer tests to be exact.
 * @example nodeLine(chord, [square]).rings[0].length // 6: the square and the two crossings
 */
export function nodeLine(line: Path64, rings: Paths64): NodedLine {
	const lineInserts: Insert[][] = line.map(() => []);
	const ringInserts: Insert[][][] = rings.map((ring) => ring.map(() => []));
	for (let s = 0; s + 1 < line.length; s++) {
		const a = line[s]!;
		const b = line[s + 1]!;
		rings.forEach((ring, r) => {
			ring.forEach((c, e) => {
				const d = ring[(e + 1) % ring.length]!;
				if (Math.max(a.x, b.x) < Math.min(c.x, d.x) || Math.max(c.x, d.x) < Math.min(a.x, b.x))
					return;
				if (Math.max(a.y, b.y) < Math.min(c.y, d.y) || Math.max(c.y, d.y) < Math.min(a.y, b.y))
					return;
				const onLine = lineInserts[s]!;
				const onRing = ringInserts[r]![e]!;
				const o1 = orient(a, b, c);
				const o2 = orient(a, b, d);
				const o3 = orient(c, d, a);
				const o4 = orient(c, d, b);
				if (o1 * o2 < 0 && o3 * o4 < 0) {
					const p = crossing(a, b, c, d);
					onLine.push({ t: along(a, b, p), p });
					onRing.push({ t: along(c, d, p), p });
					return;
				}
				if (o1 === 0 && strictlyWithin(a, b, c)) onLine.push({ t: along(a, b, c), p: c });
				if (o2 === 0 && strictlyWithin(a, b, d)) onLine.push({ t: along(a, b, d), p: d });
				if (o3 === 0 && strictlyWithin(c, d, a)) onRing.push({ t: along(c, d, a), p: a });
				if (o4 === 0 && strictlyWithin(c, d, b)) onRing.push({ t: along(c, d, b), p: b });
			});
		});
	}
	return {
		line: withInserts(line, lineInserts, false),
		rings: rings.map((ring, r) => withInserts(ring, ringInserts[r]!, true))
	};
}

function orient(a: Point64, b: Point64, c: Point64): number {
	return Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
}

/** Where segments ab and cd cross, rounded to the grid. */
function crossing(a: Point64, b: Point64, c: Point64, d: Point64): Point64 {
	const rx = b.x - a.x;
	const ry = b.y - a.y;
	const sx = d.x - c.x;
	const sy = d.y - c.y;
	const t = ((c.x - a.x) * sy - (c.y - a.y) * sx) / (rx * sy - ry * sx);
	return { x: Math.round(a.x + t * rx), y: Math.round(a.y + t * ry) };
}

function along(a: Point64, b: Point64, p: Point64): number {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	return ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy);
}

/** For p on the line through ab: whether it lies strictly between a and b. */
function strictlyWithin(a: Point64, b: Point64, p: Point64): boolean {
	const t = along(a, b, p);
	return t > 0 && t < 1 && !same(p, a) && !same(p, b);
}

function same(p: Point64, q: Point64): boolean {
	return p.x === q.x && p.y === q.y;
}

function withInserts(path: Path64, inserts: Insert[][], closed: boolean): Path64 {
	const out: Path64 = [];
	path.forEach((p, i) => {
		out.push(p);
		if (!closed && i === path.length - 1) return;
		const next = path[(i + 1) % path.length]!;
		const sorted = inserts[i]!.sort((u, v) => u.t - v.t);
		for (const { p: q } of sorted) {
			const last = out[out.length - 1]!;
			if (!same(q, last) && !same(q, next)) out.push(q);
		}
	});
	return out;
}
