import { describe, expect, it } from 'vitest';
import { checkPartition } from './check-partition';
import { deepFreeze, makeZone, polygon, rect, twoSquares } from './fixtures/build';
import { seededRandom, voronoiPartition } from './fixtures/voronoi-partition';
import { moveSharedVertex } from './move-shared-vertex';
import type { Partition, ZoneGeometry } from './types';

/** The two squares over a 2 000 × 1 000 boundary, with the right one replaced. */
function withRight(right: ZoneGeometry, left: ZoneGeometry = rect(0, 0, 1000, 1000)): Partition {
	return deepFreeze({
		zones: [makeZone('left', left), makeZone('right', right)],
		boundary: rect(0, 0, 2000, 1000)
	});
}

describe('checkPartition', () => {
	it('finds nothing when two squares tile the boundary', () => {
		expect(checkPartition(twoSquares())).toEqual([]);
	});

	it('flags an overlap with its area and both zones', () => {
		// Right square from x = 990: overlap 10 m × 1 000 m = 10 000 m²; no gap, nothing outside.
		const problems = checkPartition(withRight(rect(990, 0, 2000, 1000)));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({
			kind: 'overlap',
			zoneIds: ['left', 'right'],
			area: 10_000
		});
		expect(problems[0]!.geometry).toEqual(rect(990, 0, 1000, 1000));
	});

	it('flags a gap with its area and the zones bordering it', () => {
		// Right square from x = 1010: gap 10 m × 1 000 m = 10 000 m², bordered by both (1 000 m each).
		const problems = checkPartition(withRight(rect(1010, 0, 2000, 1000)));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ kind: 'gap', zoneIds: ['left', 'right'], area: 10_000 });
	});

	it('flags the part of a zone outside the boundary', () => {
		// Right square reaching x = 2005: 5 m × 1 000 m = 5 000 m² outside.
		const problems = checkPartition(withRight(rect(1000, 0, 2005, 1000)));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ kind: 'outside', zoneIds: ['right'], area: 5_000 });
	});

	it('reports overlap, gap and outside together, largest first within a kind', () => {
		// Right overlaps left by 10 m (10 000 m²) and stops 20 m short of the boundary's end
		// (20 000 m² gap); a third zone pokes 3 m above the boundary (3 × 100 = 300 m² outside)
		// over a 100 × 100 square it also overlaps with left (10 000 m²).
		const partition = deepFreeze({
			zones: [
				makeZone('left', rect(0, 0, 1000, 1000)),
				makeZone('right', rect(990, 0, 1980, 1000)),
				makeZone('top', rect(400, 900, 500, 1003))
			],
			boundary: rect(0, 0, 2000, 1000)
		});
		const summary = checkPartition(partition).map((p) => [p.kind, p.zoneIds, p.area]);
		expect(summary).toEqual([
			['overlap', ['left', 'right'], 10_000],
			['overlap', ['left', 'top'], 10_000],
			['gap', ['right'], 20_000],
			['outside', ['top'], 300]
		]);
	});

	it('flags a self-intersecting zone as invalid', () => {
		// A bow-tie over the left square: its lobes (250 000 m² each) cancel in the naive
		// area, so the repair changes the area by 500 000 m².
		const bowTie = polygon([
			[0, 0],
			[1000, 1000],
			[1000, 0],
			[0, 1000]
		]);
		const problems = checkPartition(withRight(rect(1000, 0, 2000, 1000), bowTie));
		expect(problems[0]).toMatchObject({
			kind: 'invalid',
			zoneIds: ['left'],
			reason: 'self-intersection',
			area: 500_000
		});
	});

	it('checks the rest against the repaired zone', () => {
		// The bow-tie's lobes leave the two triangles above and below their crossing uncovered:
		// each 1 000 m base × 500 m high / 2 = 250 000 m².
		const bowTie = polygon([
			[0, 0],
			[1000, 1000],
			[1000, 0],
			[0, 1000]
		]);
		const gaps = checkPartition(withRight(rect(1000, 0, 2000, 1000), bowTie)).filter(
			(p) => p.kind === 'gap'
		);
		expect(gaps.map((g) => g.area)).toEqual([250_000, 250_000]);
	});

	it('leaves out pieces smaller than minArea', () => {
		expect(checkPartition(withRight(rect(1010, 0, 2000, 1000)), { minArea: 10_001 })).toEqual([]);
	});

	it('finds nothing in 50 Voronoi zones, before and after moving a shared vertex', () => {
		const partition = voronoiPartition({ seed: 7, count: 50, size: 20_000, step: 120 });
		expect(checkPartition(partition)).toEqual([]);

		const random = seededRandom(11);
		const shared = sharedInteriorVertices(partition);
		const from = shared[Math.floor(random() * shared.length)]!;
		// 5 m is far less than the 120 m between vertices, so no edge can fold over.
		const to = [from[0]! + 5 * (random() - 0.5) * 2, from[1]! + 5 * (random() - 0.5) * 2];
		const moved = moveSharedVertex(partition.zones, from, to);
		expect(moved.changed.length).toBeGreaterThanOrEqual(2);
		expect(checkPartition({ ...partition, zones: moved.zones })).toEqual([]);
	});
});

/** Vertices used by two or more zones and not on the boundary. */
function sharedInteriorVertices(partition: Partition): number[][] {
	const count = new Map<string, number>();
	for (const zone of partition.zones) {
		if (zone.geometry.type !== 'Polygon') continue;
		for (const [x, y] of zone.geometry.coordinates[0]!.slice(1)) {
			const key = `${x},${y}`;
			count.set(key, (count.get(key) ?? 0) + 1);
		}
	}
	const box = partition.boundary.coordinates[0] as number[][];
	const [minX, minY] = box[0]!;
	const [maxX, maxY] = box[2]!;
	return [...count]
		.filter(([, n]) => n >= 2)
		.map(([key]) => key.split(',').map(Number))
		.filter(([x, y]) => x !== minX && x !== maxX && y !== minY && y !== maxY);
}
