import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { MunicipalityArea } from './assign-municipality';
import { assignMunicipality } from './assign-municipality';

const box = (x0: number, y0: number, x1: number, y1: number): Position[][][] => [
	[
		[
			[x0, y0],
			[x1, y0],
			[x1, y1],
			[x0, y1],
			[x0, y0]
		]
	]
];

/** 0220 at x 0–100, 0627 at x 90–200 (a 10 m overlap seam), 0628 at x 300–400. */
const makeAreas = (): MunicipalityArea[] => [
	{ number: '0220', polygons: box(0, 0, 100, 100) },
	{ number: '0627', polygons: box(90, 0, 200, 100) },
	{ number: '0628', polygons: box(300, 0, 400, 100) }
];

describe('assignMunicipality', () => {
	it('takes the one polygon a point is inside', () => {
		expect(assignMunicipality(50, 50, makeAreas())).toEqual({
			municipality: '0220',
			method: 'inside',
			distance: 0
		});
	});

	it('takes the polygon a point is deepest inside where two overlap', () => {
		expect(assignMunicipality(98, 50, makeAreas())).toEqual({
			municipality: '0627',
			method: 'overlap',
			distance: 0
		});
	});

	it('takes the nearest polygon for a point outside all, with the distance', () => {
		expect(assignMunicipality(280, 50, makeAreas())).toEqual({
			municipality: '0628',
			method: 'nearest',
			distance: 20
		});
	});

	it('refuses an empty list of areas', () => {
		expect(() => assignMunicipality(0, 0, [])).toThrow(RangeError);
	});
});
