import { describe, expect, it } from 'vitest';
import { createRandom } from '../../buildings/sample/prng';
import { areaOf, subtractAreas, unionAreas } from './area-ops';
import { seedPoints } from './seed-points';
import { voronoiCells } from './voronoi-cells';
import { square } from './test-shapes.fixture';

// An L-shaped municipality, 3 km across, with a slanted cut so cells cross its edges at
// points off the millimetre grid.
const lShape = () =>
	subtractAreas(
		[square(0, 0, 3_000_000)],
		[
			[
				{ x: 1_500_000, y: 1_500_000 },
				{ x: 3_100_000, y: 1_400_000 },
				{ x: 3_100_000, y: 3_100_000 },
				{ x: 1_600_000, y: 3_100_000 }
			]
		]
	);
const build = () => {
	const area = lShape();
	return { area, ...voronoiCells(seedPoints(area, 60, [], createRandom('test:voronoi')), area) };
};

describe('voronoiCells', () => {
	it('tiles the boundary it returns exactly: no gap, no overlap', () => {
		const { cells, boundary } = build();
		const sum = cells.reduce((s, c) => s + areaOf(c.area), 0);
		const union = areaOf(unionAreas(cells.map((c) => c.area)));
		// Equal up to the order of floating-point additions (a millionth of a m²).
		expect(
			[sum - areaOf(boundary), union - areaOf(boundary)].map((d) => Math.abs(d) < 1e-6)
		).toEqual([true, true]);
	});

	it('returns a boundary within a square metre of the input', () => {
		const { area, boundary } = build();
		expect(Math.abs(areaOf(boundary) - areaOf(area))).toBeLessThan(1);
	});

	it('gives every cell one polygon and at least one cell per seed', () => {
		const { cells } = build();
		const seeds = new Set(cells.map((c) => c.seed));
		expect([cells.every((c) => c.area.length === 1), seeds.size]).toEqual([true, 60]);
	});
});
