import { describe, expect, it } from 'vitest';
import { planarArea } from '../geometry/area';
import { assumeCrs } from '../geometry/types';
import { deepFreeze, polygon, rect } from './fixtures/build';
import { repairPolygon } from './repair-polygon';

describe('repairPolygon', () => {
	it('turns a bow-tie into its two triangles and shows the area gained', () => {
		// (0,0)→(1000,1000)→(1000,0)→(0,3000): the edges y = x and y = 3000 − 3x cross at
		// (750, 750). Lobes: ½·3000·750 = 1 125 000 (anticlockwise) and ½·1000·250 = 125 000
		// (clockwise). The drawing's signed area is their difference, 1 000 000; the repair
		// counts both, 1 250 000, so it adds 250 000 m².
		const bowTie = polygon([
			[0, 0],
			[1000, 1000],
			[1000, 0],
			[0, 3000]
		]);
		const result = repairPolygon(deepFreeze(bowTie));
		expect(result).toMatchObject({
			repaired: true,
			reason: 'self-intersection',
			area: 1_250_000,
			areaChange: 250_000
		});
		expect(result.geometry).toEqual({
			type: 'MultiPolygon',
			coordinates: [
				[
					[
						[0, 0],
						[750, 750],
						[0, 3000],
						[0, 0]
					]
				],
				[
					[
						[750, 750],
						[1000, 0],
						[1000, 1000],
						[750, 750]
					]
				]
			]
		});
	});

	it('refuses a polygon with no area', () => {
		const flat = polygon([
			[0, 0],
			[500, 0],
			[1000, 0]
		]);
		expect(repairPolygon(deepFreeze(flat))).toEqual({
			geometry: null,
			repaired: false,
			reason: 'zero-area',
			area: 0,
			areaChange: 0
		});
	});

	it('refuses a polygon with a coordinate that is not a number', () => {
		const broken = polygon([
			[0, 0],
			[1000, Number.NaN],
			[1000, 1000]
		]);
		expect(repairPolygon(deepFreeze(broken))).toMatchObject({
			geometry: null,
			reason: 'non-finite-coordinates'
		});
	});

	it('returns a valid polygon as it was', () => {
		const square = deepFreeze(rect(0, 0, 1000, 1000));
		const result = repairPolygon(square);
		expect(result).toEqual({
			geometry: square,
			repaired: false,
			reason: null,
			area: 1_000_000,
			areaChange: 0
		});
		expect(result.geometry).toBe(square);
	});

	it('closes an unclosed ring without changing its area', () => {
		const open = deepFreeze(
			assumeCrs(
				{
					type: 'Polygon' as const,
					coordinates: [
						[
							[0, 0],
							[1000, 0],
							[1000, 1000],
							[0, 1000]
						]
					]
				},
				25832
			)
		);
		const result = repairPolygon(open);
		expect(result).toMatchObject({ repaired: true, reason: 'unclosed-ring', area: 1_000_000 });
		expect(result.geometry).toEqual(rect(0, 0, 1000, 1000));
	});

	it('drops a hole lying outside its shell and shows the area that comes back', () => {
		// The 100 × 100 "hole" at x = 2 000 is outside the square: the drawing subtracted
		// 10 000 m² that the repaired square (1 000 000 m²) does not.
		const drawn = polygon(
			[
				[0, 0],
				[1000, 0],
				[1000, 1000],
				[0, 1000]
			],
			[
				[2000, 0],
				[2000, 100],
				[2100, 100],
				[2100, 0]
			]
		);
		expect(planarArea(drawn)).toBe(990_000);
		const result = repairPolygon(deepFreeze(drawn));
		expect(result).toMatchObject({
			repaired: true,
			reason: 'invalid-holes',
			area: 1_000_000,
			areaChange: 10_000
		});
	});
});
