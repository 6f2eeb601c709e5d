import { describe, expect, it } from 'vitest';
import { buildHeader, type HeaderFacts } from './build-header';
import { mapCommonProperties } from './map-common-properties';

const createFacts = (): HeaderFacts => ({ objectTypes: new Set() });

describe('mapCommonProperties', () => {
	it('flattens nested objects, so GDAL-style nested NPAD properties are found', () => {
		const p = mapCommonProperties(
			{
				identifikasjon: { lokalId: 'x1', navnerom: 'ns' },
				arealformål: 1110,
				synlig: true,
				ekstra: [1, 2]
			},
			'1',
			createFacts()
		);
		expect([p.objectId, p.attributes]).toEqual([
			'x1',
			{ 'identifikasjon.navnerom': 'ns', synlig: 'true', ekstra: '[1,2]' }
		]);
	});

	it('gathers kommunenummer, planidentifikasjon and lovreferanse for the header', () => {
		const facts = createFacts();
		mapCommonProperties(
			{ OPLAREAL: 110, KOMM: 627, PLANID: '1994002', LOVREFERANSE: 4 },
			'1',
			facts
		);
		expect(buildHeader(facts, 'GeoJSON').header).toEqual({
			municipality: '0627',
			planId: '1994002',
			name: null,
			law: 'pbl1985',
			format: 'GeoJSON'
		});
	});

	it('uses the fallback id when no property names one', () => {
		expect(mapCommonProperties({ arealformal: 1110 }, 7, createFacts()).objectId).toBe('7');
	});
});
