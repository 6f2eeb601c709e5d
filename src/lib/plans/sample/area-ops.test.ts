import { describe, expect, it } from 'vitest';
import {
	areaOf,
	boundsOf,
	containsLocalPoint,
	intersectAreas,
	offsetArea,
	partsOf,
	subtractAreas,
	unionAreas
} from './area-ops';
import { square } from './test-shapes.fixture';

// 100 m squares in millimetres.
const M100 = 100_000;

describe('boolean operations', () => {
	it('intersects two half-overlapping squares to half a square', () => {
		expect(areaOf(intersectAreas([square(0, 0, M100)], [square(50_000, 0, M100)]))).toBe(5000);
	});

	it('subtracts a square from its middle, leaving a hole', () => {
		const holed = subtractAreas([square(0, 0, M100)], [square(25_000, 25_000, 50_000)]);
		expect([holed.length, areaOf(holed)]).toEqual([2, 7500]);
	});

	it('unions neighbours into one area without losing their shared corners', () => {
		const union = unionAreas([[square(0, 0, M100)], [square(M100, 0, M100)]]);
		expect([union.length, areaOf(union)]).toEqual([1, 20_000]);
	});
});

describe('offsetArea', () => {
	it('shrinks a square by a distance in metres on every side', () => {
		expect(areaOf(offsetArea([square(0, 0, M100)], -10))).toBeCloseTo(6400, 6);
	});
});

describe('containsLocalPoint', () => {
	const holed = subtractAreas([square(0, 0, M100)], [square(25_000, 25_000, 50_000)]);

	it('is true inside the area', () => {
		expect(containsLocalPoint(holed, { x: 10_000, y: 10_000 })).toBe(true);
	});

	it('is false in a hole', () => {
		expect(containsLocalPoint(holed, { x: 50_000, y: 50_000 })).toBe(false);
	});

	it('is false on the boundary', () => {
		expect(containsLocalPoint(holed, { x: 0, y: 50_000 })).toBe(false);
	});
});

describe('partsOf', () => {
	it('separates disjoint polygons and keeps holes with their outer ring', () => {
		const area = unionAreas([
			subtractAreas([square(0, 0, M100)], [square(25_000, 25_000, 50_000)]),
			[square(300_000, 0, M100)]
		]);
		expect(
			partsOf(area)
				.map((p) => p.length)
				.sort()
		).toEqual([1, 2]);
	});

	it('makes an island inside a hole a part of its own', () => {
		const ring = subtractAreas([square(0, 0, M100)], [square(25_000, 25_000, 50_000)]);
		const withIsland = unionAreas([ring, [square(40_000, 40_000, 20_000)]]);
		expect(
			partsOf(withIsland)
				.map((p) => areaOf(p))
				.sort((a, b) => a - b)
		).toEqual([400, 7500]);
	});
});

describe('boundsOf', () => {
	it('gives left, bottom, right and top', () => {
		expect(boundsOf([square(-5, 10, 20)])).toEqual({ left: -5, bottom: 10, right: 15, top: 30 });
	});
});
