import { describe, expect, it } from 'vitest';
import { createRandom } from '../../buildings/sample/prng';
import { containsLocalPoint } from './area-ops';
import { density, seedPoints } from './seed-points';
import { square } from './test-shapes.fixture';

// A 5 km square with a centre in its south-west quarter.
const area = () => [square(0, 0, 5_000_000)];
const centre = () => [{ point: { x: 1_250_000, y: 1_250_000 }, radius: 600, weight: 10 }];

describe('seedPoints', () => {
	it('returns the requested number of points, all inside, on whole metres', () => {
		const points = seedPoints(area(), 200, centre(), createRandom('test:seeds'));
		const ok = points.filter(
			(p) => containsLocalPoint(area(), p) && p.x % 1000 === 0 && p.y % 1000 === 0
		);
		expect([points.length, ok.length]).toEqual([200, 200]);
	});

	it('keeps points at least the spacing apart', () => {
		const points = seedPoints(area(), 200, centre(), createRandom('test:seeds'), 100);
		const closest = Math.min(
			...points.flatMap((p, i) => points.slice(i + 1).map((q) => Math.hypot(p.x - q.x, p.y - q.y)))
		);
		expect(closest).toBeGreaterThanOrEqual(100_000);
	});

	it('puts more points in the quarter with the centre than in the opposite one', () => {
		const points = seedPoints(area(), 300, centre(), createRandom('test:seeds'));
		const quarter = (x: number, y: number) =>
			points.filter((p) => p.x >= x && p.x < x + 2_500_000 && p.y >= y && p.y < y + 2_500_000)
				.length;
		expect(quarter(0, 0)).toBeGreaterThan(2 * quarter(2_500_000, 2_500_000));
	});

	it('gives the same points for the same stream', () => {
		const run = () => seedPoints(area(), 50, centre(), createRandom('test:same'));
		expect(run()).toEqual(run());
	});
});

describe('density', () => {
	it('is 1 + weight at a centre and falls towards 1 far away', () => {
		const far = density({ x: 5_000_000, y: 5_000_000 }, centre());
		expect([density({ x: 1_250_000, y: 1_250_000 }, centre()), far < 1.0001]).toEqual([11, true]);
	});
});
