import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { planarArea, planarLength, squareMetresToKm2 } from './area';
import { toUtm32 } from './reproject';
import { assumeCrs } from './types';

const square = (x: number, y: number, size: number): number[][] => [
	[x, y],
	[x + size, y],
	[x + size, y + size],
	[x, y + size],
	[x, y]
];

describe('planarArea', () => {
	it('is side² for an axis-aligned square far from the origin', () => {
		const polygon: Polygon = { type: 'Polygon', coordinates: [square(580_000, 6_633_000, 250)] };
		expect(planarArea(assumeCrs(polygon, 25832))).toBe(62_500);
	});

	it('subtracts holes whatever their winding', () => {
		const hole = square(580_050, 6_633_050, 100).reverse();
		const polygon: Polygon = {
			type: 'Polygon',
			coordinates: [square(580_000, 6_633_000, 250), hole]
		};
		expect(planarArea(assumeCrs(polygon, 25832))).toBe(62_500 - 10_000);
	});

	it('adds the parts of a multipolygon', () => {
		const multi: MultiPolygon = {
			type: 'MultiPolygon',
			coordinates: [[square(0, 0, 10)], [square(100, 100, 20).reverse()]]
		};
		expect(planarArea(assumeCrs(multi, 25832))).toBe(100 + 400);
	});

	it('matches the measured planar figure for a 0.01° square at 59.83° N', () => {
		// docs: PostGIS ST_Area(ST_Transform(…, 25832)) gave 624 357 m² for this square.
		const polygon: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[10.43, 59.83],
					[10.44, 59.83],
					[10.44, 59.84],
					[10.43, 59.84],
					[10.43, 59.83]
				]
			]
		};
		expect(Math.round(planarArea(toUtm32(assumeCrs(polygon, 4326))))).toBe(624_357);
	});
});

describe('planarLength', () => {
	it('is the perimeter of a polygon including holes', () => {
		const polygon: Polygon = {
			type: 'Polygon',
			coordinates: [square(0, 0, 30), square(10, 10, 5)]
		};
		expect(planarLength(assumeCrs(polygon, 25832))).toBe(120 + 20);
	});

	it('is the sum of segment lengths of a 3-4-5 line', () => {
		const line = {
			type: 'LineString' as const,
			coordinates: [
				[0, 0],
				[3, 4],
				[3, 10]
			]
		};
		expect(planarLength(assumeCrs(line, 25832))).toBe(11);
	});
});

describe('squareMetresToKm2', () => {
	it('divides by one million', () => {
		expect(squareMetresToKm2(2_500_000)).toBe(2.5);
	});
});
