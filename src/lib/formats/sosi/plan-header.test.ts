import { describe, expect, it } from 'vitest';
import type { PlanFeature, PlanFeatureProperties } from '../../plans/types';
import { planHeader } from './plan-header';

function feature(properties: Partial<PlanFeatureProperties>): PlanFeature {
	return {
		type: 'Feature',
		geometry: { type: 'Polygon', coordinates: [] },
		properties: {
			kind: 'landuse',
			objectType: 'KpArealformålOmråde',
			code: null,
			codeList: 'arealformal-2008',
			status: null,
			name: null,
			objectId: '1',
			attributes: {},
			...properties
		}
	};
}

describe('planHeader', () => {
	it('takes kommunenummer, plan id and the planområde name', () => {
		const features = [
			feature({
				attributes: { 'NASJONALAREALPLANID.KOMM': '0627', 'NASJONALAREALPLANID.PLANID': 2015001 }
			}),
			feature({ kind: 'planarea', objectType: 'KpOmråde', name: 'KPA Røyken' })
		];
		expect(planHeader(features, '4.5')).toEqual({
			municipality: '0627',
			planId: '2015001',
			name: 'KPA Røyken',
			law: 'pbl2008',
			format: 'SOSI 4.5'
		});
	});

	it.each([
		[4, 'pbl1985'],
		[5, 'pbl1985'],
		[6, 'pbl2008'],
		[3, null]
	])('reads LOVREFERANSE %i as %s', (reference, law) => {
		const features = [
			feature({ objectType: 'RpOmråde', kind: 'planarea', attributes: { LOVREFERANSE: reference } })
		];
		expect(planHeader(features, null).law).toBe(law);
	});

	it('infers PBL 1985 from KpArealbrukOmråde', () => {
		expect(planHeader([feature({ objectType: 'KpArealbrukOmråde' })], null).law).toBe('pbl1985');
	});

	it('leaves everything null for an empty file', () => {
		expect(planHeader([], null)).toEqual({
			municipality: null,
			planId: null,
			name: null,
			law: null,
			format: 'SOSI'
		});
	});
});
