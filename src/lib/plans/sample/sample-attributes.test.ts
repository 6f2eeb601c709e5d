import { describe, expect, it } from 'vitest';
import { sampleAttributes } from './sample-attributes';

const dates = { adopted: '2015-06-16', inForce: '2015-06-17', lovreferanse: 6 };

describe('sampleAttributes', () => {
	it('uses SOSI names, LOKALID first, and SOSI dates for a SOSI zone', () => {
		expect(sampleAttributes('sosi', '0627', 'zone', dates, 'Flomfare', 'id-1')).toEqual({
			'IDENTIFIKASJON.LOKALID': 'id-1',
			'IDENTIFIKASJON.NAVNEROM': 'urn:planbord:eksempeldata:kommuneplan:0627',
			FØRSTEDIGITALISERINGSDATO: 20150617000000,
			OPPDATERINGSDATO: 20150617000000,
			BESKRIVELSE: 'Flomfare'
		});
	});

	it('adds plan type, status, law and dates to a plan area in NPAD names', () => {
		const a = sampleAttributes('gml', '0220', 'planarea', dates, null, 'id');
		expect([
			a.plantype,
			a.planstatus,
			a.lovreferanse,
			a.vedtakEndeligPlanDato,
			a.oppdateringsdato
		]).toEqual([20, 3, 6, '2015-06-16', '2015-06-17T00:00:00']);
	});

	it('gives a land-use area no description', () => {
		expect('beskrivelse' in sampleAttributes('geojson', '0628', 'landuse', dates, null, 'id')).toBe(
			false
		);
	});
});
