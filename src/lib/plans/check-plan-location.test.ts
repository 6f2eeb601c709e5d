import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { CrsError } from '../errors';
import { checkPlanLocation } from './check-plan-location';
import type { PlanFeature } from './types';

const square = (x: number, y: number, size: number): Polygon => ({
	type: 'Polygon',
	coordinates: [
		[
			[x, y],
			[x + size, y],
			[x + size, y + size],
			[x, y + size],
			[x, y]
		]
	]
});

const feature = (geometry: Polygon): PlanFeature => ({
	type: 'Feature',
	geometry,
	properties: {
		kind: 'landuse',
		objectType: 'KpArealformålOmråde',
		code: '1110',
		codeList: 'arealformal-2008',
		status: 1,
		name: null,
		objectId: '1',
		attributes: {}
	}
});

const asker = square(575_000, 6_625_000, 15_000);
const context = { file: 'plan.sos', srid: 25833, municipalityName: 'Asker' };

describe('checkPlanLocation', () => {
	it('accepts a plan inside its municipality', () => {
		expect(() =>
			checkPlanLocation([feature(square(580_000, 6_630_000, 100))], asker, context)
		).not.toThrow();
	});

	it('accepts a plan reaching a little past the border (seams are the merge’s job)', () => {
		expect(() =>
			checkPlanLocation([feature(square(589_000, 6_630_000, 2_000))], asker, context)
		).not.toThrow();
	});

	it('refuses a plan 295 km away and says which CRS it was read in', () => {
		const moved = feature(square(280_000, 6_630_000, 100));
		expect(() => checkPlanLocation([moved], asker, context)).toThrowError(CrsError);
		expect(() => checkPlanLocation([moved], asker, context)).toThrowError(/EPSG:25833.*295 km/);
	});
});
