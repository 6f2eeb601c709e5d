import { describe, expect, it } from 'vitest';
import { polygonToGeoJson, regionToGeoJson } from './to-geojson';

const square = (x: number, y: number, side: number) => [
	{ x, y },
	{ x: x + side, y },
	{ x: x + side, y: y + side },
	{ x, y: y + side }
];

describe('polygonToGeoJson', () => {
	it('writes metres, closes rings and orients them per RFC 7946 from any start vertex', () => {
		// Outer given clockwise, starting at its top-right; hole given counter-clockwise.
		const outer = [...square(0, 0, 10_000)].reverse();
		const hole = square(2_000, 2_000, 1_000);
		expect(polygonToGeoJson([outer, hole]).coordinates).toEqual([
			[
				[0, 0],
				[10, 0],
				[10, 10],
				[0, 10],
				[0, 0]
			],
			[
				[2, 2],
				[2, 3],
				[3, 3],
				[3, 2],
				[2, 2]
			]
		]);
	});
});

describe('regionToGeoJson', () => {
	it('gives null for an empty region', () => {
		expect(regionToGeoJson([])).toBeNull();
	});

	it('gives a MultiPolygon ordered by position for separate parts', () => {
		const result = regionToGeoJson([square(5_000, 0, 1_000), square(0, 0, 1_000)]);
		expect(result?.type === 'MultiPolygon' && result.coordinates.map((p) => p[0]![0])).toEqual([
			[0, 0],
			[5, 0]
		]);
	});
});
