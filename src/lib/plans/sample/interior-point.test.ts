import { describe, expect, it } from 'vitest';
import { containsLocalPoint, subtractAreas } from './area-ops';
import { interiorPoint } from './interior-point';
import { square } from './test-shapes.fixture';

describe('interiorPoint', () => {
	it('finds a point inside a square with a hole in the middle', () => {
		const holed = subtractAreas([square(0, 0, 100_000)], [square(20_000, 20_000, 60_000)]);
		expect(containsLocalPoint(holed, interiorPoint(holed))).toBe(true);
	});

	it('finds a point inside a C shape, whose centroid is outside', () => {
		const c = subtractAreas([square(0, 0, 90_000)], [square(30_000, 30_000, 90_000)]);
		expect(containsLocalPoint(c, interiorPoint(c))).toBe(true);
	});

	it('finds a point inside a slanted sliver half a metre wide', () => {
		const sliver = [
			[
				{ x: 0, y: 0 },
				{ x: 400_000, y: 180_000 },
				{ x: 399_795, y: 180_456 },
				{ x: -205, y: 456 }
			]
		];
		expect(containsLocalPoint(sliver, interiorPoint(sliver))).toBe(true);
	});

	it('refuses an empty area', () => {
		expect(() => interiorPoint([])).toThrow(RangeError);
	});
});
