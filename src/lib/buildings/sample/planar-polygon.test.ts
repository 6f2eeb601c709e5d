import { booleanWithin } from '@turf/turf';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { rectanglePolygon } from './footprint';
import { containsPoint, containsRectangle, distanceToBoundary } from './planar-polygon';

/** A 100 m square with a 20 m square hole in the middle, as a list of polygons. */
const makeSquareWithHole = (): Position[][][] => [
	[
		[
			[0, 0],
			[100, 0],
			[100, 100],
			[0, 100],
			[0, 0]
		],
		[
			[40, 40],
			[60, 40],
			[60, 60],
			[40, 60],
			[40, 40]
		]
	]
];

/** A 100 m square with a notch: the vertex (50, 80) pokes down from the top edge. */
const makeNotched = (): Position[][][] => [
	[
		[
			[0, 0],
			[100, 0],
			[100, 100],
			[55, 100],
			[50, 80],
			[45, 100],
			[0, 100],
			[0, 0]
		]
	]
];

describe('containsPoint', () => {
	it('is true inside, false in the hole and outside', () => {
		const area = makeSquareWithHole();
		expect(containsPoint(area, 10, 10)).toBe(true);
		expect(containsPoint(area, 50, 50)).toBe(false);
		expect(containsPoint(area, 150, 50)).toBe(false);
	});
});

describe('distanceToBoundary', () => {
	it('measures to the nearest edge, including the hole', () => {
		const area = makeSquareWithHole();
		expect(distanceToBoundary(area, 10, 50)).toBe(10);
		expect(distanceToBoundary(area, 35, 50)).toBe(5);
		expect(distanceToBoundary(area, 130, 140)).toBe(50);
	});
});

describe('containsRectangle', () => {
	it('accepts a rectangle well inside', () => {
		expect(
			containsRectangle(makeNotched(), { x: 20, y: 20, length: 10, width: 6, angle: 0.3 })
		).toBe(true);
	});

	it('rejects a rectangle with a corner outside', () => {
		expect(containsRectangle(makeNotched(), { x: 98, y: 20, length: 10, width: 6, angle: 0 })).toBe(
			false
		);
	});

	it('rejects a rectangle whose corners are inside but which the notch cuts into', () => {
		const r = { x: 50, y: 85, length: 30, width: 4, angle: 0 };
		expect(containsRectangle(makeNotched(), r)).toBe(false);
	});

	it('rejects a rectangle over the hole', () => {
		expect(
			containsRectangle(makeSquareWithHole(), { x: 50, y: 50, length: 40, width: 30, angle: 0 })
		).toBe(false);
	});

	it('agrees with Turf on a grid of rotated rectangles over the notch', () => {
		const polygon: Polygon = { type: 'Polygon', coordinates: makeNotched()[0]! };
		const outcomes = new Set<boolean>();
		for (let x = 5; x <= 95; x += 7.5) {
			for (let y = 60; y <= 99; y += 3) {
				const r = { x, y, length: 12, width: 5, angle: x / 10 };
				const turf = booleanWithin(rectanglePolygon(r), polygon);
				expect(containsRectangle(makeNotched(), r)).toBe(turf);
				outcomes.add(turf);
			}
		}
		expect([...outcomes].sort()).toEqual([false, true]);
	});
});
