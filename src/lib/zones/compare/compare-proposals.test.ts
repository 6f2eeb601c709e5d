import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { planarArea } from '../../geometry/area';
import { makeZone, outerRing, polygon, rect, twoSquares } from '../fixtures/build';
import { voronoiPartition } from '../fixtures/voronoi-partition';
import { moveSharedVertex } from '../move-shared-vertex';
import type { Zone } from '../types';
import { compareProposals } from './compare-proposals';

/*
 * Every expected area is worked out by hand from axis-aligned rectangles and triangles
 * (1 000 × 100 m = 100 000 m²), never from the overlay under test.
 */

const names = (refs: ReadonlyArray<{ id: string } | null>) => refs.map((r) => r?.id ?? null);

describe('compareProposals', () => {
	it('finds nothing between a proposal and an identical copy', () => {
		const { zones } = twoSquares();
		const copy = zones.map((z) => makeZone(z.id, z.geometry, z.name));
		const result = compareProposals(zones, copy);
		expect(result.differences).toEqual([]);
		expect(result.summary).toEqual({
			changedArea: 0,
			pieceCount: 0,
			matchedById: 2,
			matchedByOverlap: 0,
			onlyInA: [],
			onlyInB: []
		});
		expect(result.matches.map((m) => [m.a.id, m.b.id, m.change, m.lost, m.gained])).toEqual([
			['left', 'left', 0, 0, 0],
			['right', 'right', 0, 0, 0]
		]);
	});

	it('reports a shared border moved 100 m as one 100 000 m² piece, right in A and left in B', () => {
		const { zones } = twoSquares();
		const moved = [
			makeZone('left', rect(0, 0, 1100, 1000)),
			makeZone('right', rect(1100, 0, 2000, 1000))
		];
		const result = compareProposals(zones, moved);
		expect(result.differences).toHaveLength(1);
		const piece = result.differences[0]!;
		expect(piece.a).toEqual({ id: 'right', name: 'Zone right' });
		expect(piece.b).toEqual({ id: 'left', name: 'Zone left' });
		expect(piece.area).toBeCloseTo(100_000, 3);
		expect(planarArea(piece.geometry)).toBeCloseTo(100_000, 3);
		expect(piece.geometry.type).toBe('Polygon');
		expect(result.summary.changedArea).toBeCloseTo(100_000, 3);
		const [left, right] = result.matches;
		expect(left).toMatchObject({ matchedBy: 'id', areaA: 1_000_000, areaB: 1_100_000 });
		expect(left!.change).toBeCloseTo(100_000, 3);
		expect(left!.gained).toBeCloseTo(100_000, 3);
		expect(left!.lost).toBe(0);
		expect(right!.change).toBeCloseTo(-100_000, 3);
		expect(right!.lost).toBeCloseTo(100_000, 3);
		expect(right!.gained).toBe(0);
	});

	it('measures a slanted border (a shared vertex moved 200 m) as the 100 000 m² triangle', () => {
		const { zones } = twoSquares();
		const moved = moveSharedVertex(zones, [1000, 1000], [1200, 1000]).zones;
		const result = compareProposals(zones, moved);
		expect(result.differences).toHaveLength(1);
		// Triangle (1000,0) (1200,1000) (1000,1000): ½ · 200 · 1 000.
		expect(result.differences[0]!.area).toBeCloseTo(100_000, 3);
		expect(names([result.differences[0]!.a, result.differences[0]!.b])).toEqual(['right', 'left']);
	});

	it('gives a border moved both ways two pieces, one in each direction', () => {
		const { zones } = twoSquares();
		const stepped = [
			makeZone(
				'left',
				polygon([
					[0, 0],
					[1100, 0],
					[1100, 500],
					[900, 500],
					[900, 1000],
					[0, 1000]
				])
			),
			makeZone(
				'right',
				polygon([
					[1100, 0],
					[2000, 0],
					[2000, 1000],
					[900, 1000],
					[900, 500],
					[1100, 500]
				])
			)
		];
		const result = compareProposals(zones, stepped);
		// (1000..1100) × (0..500) went right → left; (900..1000) × (500..1000) left → right.
		const pieces = result.differences.map((d) => [d.a?.id, d.b?.id, Math.round(d.area)]);
		expect(pieces).toEqual(
			expect.arrayContaining([
				['right', 'left', 50_000],
				['left', 'right', 50_000]
			])
		);
		expect(pieces).toHaveLength(2);
		expect(result.summary.changedArea).toBeCloseTo(100_000, 3);
		const left = result.matches.find((m) => m.a.id === 'left')!;
		expect(left.change).toBeCloseTo(0, 3);
		expect(left.lost).toBeCloseTo(50_000, 3);
		expect(left.gained).toBeCloseTo(50_000, 3);
	});

	it('reports a zone split in B under a new id as the new half, and the new zone as only in B', () => {
		const { zones } = twoSquares();
		const split = [
			makeZone('left', rect(0, 0, 1000, 500)),
			makeZone('left-north', rect(0, 500, 1000, 1000), 'Nord'),
			zones[1]!
		];
		const result = compareProposals(zones, split);
		expect(result.differences).toHaveLength(1);
		expect(result.differences[0]!.a).toEqual({ id: 'left', name: 'Zone left' });
		expect(result.differences[0]!.b).toEqual({ id: 'left-north', name: 'Nord' });
		expect(result.differences[0]!.area).toBeCloseTo(500_000, 3);
		expect(result.summary.onlyInB).toEqual([{ id: 'left-north', name: 'Nord' }]);
		expect(result.summary.onlyInA).toEqual([]);
		const left = result.matches.find((m) => m.a.id === 'left')!;
		expect(left.change).toBeCloseTo(-500_000, 3);
		expect(left.lost).toBeCloseTo(500_000, 3);
	});

	it('matches zones with new ids by the largest shared ground', () => {
		const a = [makeZone('whole', rect(0, 0, 1000, 1000))];
		const b = [makeZone('p', rect(0, 0, 600, 1000)), makeZone('q', rect(600, 0, 1000, 1000))];
		const result = compareProposals(a, b);
		expect(result.matches.map((m) => [m.a.id, m.b.id, m.matchedBy])).toEqual([
			['whole', 'p', 'overlap']
		]);
		expect(result.summary.matchedByOverlap).toBe(1);
		expect(result.summary.onlyInB.map((r) => r.id)).toEqual(['q']);
		expect(result.differences.map((d) => [d.a?.id, d.b?.id])).toEqual([['whole', 'q']]);
		expect(result.differences[0]!.area).toBeCloseTo(400_000, 3);
	});

	it('reports ground that only one proposal covers, with no zone on the other side', () => {
		const { zones } = twoSquares();
		const result = compareProposals(zones, [zones[0]!]);
		expect(result.differences).toHaveLength(1);
		expect(result.differences[0]!.a?.id).toBe('right');
		expect(result.differences[0]!.b).toBeNull();
		expect(result.differences[0]!.area).toBeCloseTo(1_000_000, 3);
		expect(result.summary.onlyInA.map((r) => r.id)).toEqual(['right']);
		const reverse = compareProposals([zones[0]!], zones);
		expect(reverse.differences[0]!.a).toBeNull();
		expect(reverse.differences[0]!.b?.id).toBe('right');
		expect(reverse.summary.onlyInB.map((r) => r.id)).toEqual(['right']);
	});

	it('counts ground under overlapping draft zones once, for the earlier zone', () => {
		const { zones } = twoSquares();
		const draft = [makeZone('extra', rect(500, 0, 1500, 1000)), ...zones];
		const result = compareProposals(draft, zones);
		// extra (earlier) keeps 500..1500; B has left and right there: two 500 000 m² pieces.
		expect(result.differences.map((d) => [d.a?.id, d.b?.id, Math.round(d.area)])).toEqual(
			expect.arrayContaining([
				['extra', 'left', 500_000],
				['extra', 'right', 500_000]
			])
		);
		expect(result.summary.changedArea).toBeCloseTo(1_000_000, 3);
		expect(result.summary.onlyInA.map((r) => r.id)).toEqual(['extra']);
	});

	it('keeps the names of renamed zones on each side and finds no ground changed', () => {
		const { zones } = twoSquares();
		const renamed = zones.map((z) => makeZone(z.id, z.geometry, `${z.name} (ny)`));
		const result = compareProposals(zones, renamed);
		expect(result.differences).toEqual([]);
		expect(result.matches[0]!.b.name).toBe('Zone left (ny)');
	});

	it('finds exactly the moved triangle in a 50-zone Voronoi partition at real coordinates', () => {
		const { zones } = voronoiPartition({ seed: 7, count: 50, size: 20_000, step: 250 });
		const { from, to, expected } = interiorMove(zones, 30);
		const moved = moveSharedVertex(zones, from, to).zones;
		const result = compareProposals(zones, moved);
		expect(result.differences).toHaveLength(1);
		expect(result.summary.changedArea).toBeGreaterThan(expected - 0.01);
		expect(result.summary.changedArea).toBeLessThan(expected + 0.01);
		expect(result.summary.onlyInA).toEqual([]);
		expect(result.summary.onlyInB).toEqual([]);
	});
});

/**
 * A vertex shared by exactly two zones whose ring neighbours lie on the same shared border,
 * moved `metres` away from the midpoint of those neighbours (or square to them when the
 * three are in line). The changed ground is the simple quadrilateral U-P-W-Q: triangle U-Q-W
 * minus U-P-W when P and Q lie on the same side of U-W, their sum when the 1 mm rounding of
 * the fixture put P a hair on the other side.
 */
function interiorMove(zones: readonly Zone[], metres: number) {
	const key = (p: Position) => `${p[0]},${p[1]}`;
	const owners = new Map<string, number>();
	for (const zone of zones)
		for (const p of outerRing(zone)) owners.set(key(p), (owners.get(key(p)) ?? 0) + 1);
	for (const zone of zones) {
		const ring = outerRing(zone);
		for (let i = 0; i < ring.length; i++) {
			const p = ring[i]!;
			const u = ring[(i + ring.length - 1) % ring.length]!;
			const w = ring[(i + 1) % ring.length]!;
			if ([p, u, w].some((q) => owners.get(key(q)) !== 2)) continue;
			const other = zones.find((z) => z !== zone && outerRing(z).some((q) => key(q) === key(p)))!;
			const otherKeys = new Set(outerRing(other).map(key));
			if (!otherKeys.has(key(u)) || !otherKeys.has(key(w))) continue;
			const mx = (u[0]! + w[0]!) / 2;
			const my = (u[1]! + w[1]!) / 2;
			let dx = p[0]! - mx;
			let dy = p[1]! - my;
			if (Math.hypot(dx, dy) < 1) [dx, dy] = [-(w[1]! - u[1]!), w[0]! - u[0]!];
			const length = Math.hypot(dx, dy);
			const to = [p[0]! + (dx / length) * metres, p[1]! + (dy / length) * metres];
			const expected = quadrilateral(u, p, w, to);
			return { from: p, to, expected };
		}
	}
	throw new Error('no interior shared vertex');
}

/** Shoelace area of a simple quadrilateral, relative to its first corner for precision. */
function quadrilateral(...corners: Position[]): number {
	const [x0, y0] = corners[0] as [number, number];
	let twice = 0;
	for (let i = 0; i < corners.length; i++) {
		const p = corners[i]!;
		const q = corners[(i + 1) % corners.length]!;
		twice += (p[0]! - x0) * (q[1]! - y0) - (q[0]! - x0) * (p[1]! - y0);
	}
	return Math.abs(twice) / 2;
}
