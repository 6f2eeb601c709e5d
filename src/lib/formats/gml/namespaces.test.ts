import { describe, expect, it } from 'vitest';
import { formatOfNamespace, isPlanNamespace, KP_NS } from './namespaces';
import { normaliseName } from './normalise-name';

describe('isPlanNamespace and formatOfNamespace', () => {
	it.each([
		[KP_NS, 'NPAD GML Kommuneplan 20190401'],
		[
			'http://skjema.geonorge.no/SOSI/produktspesifikasjon/Kommuneplan/20180701',
			'NPAD GML Kommuneplan 20180701'
		],
		[
			'http://skjema.geonorge.no/SOSI/produktspesifikasjon/Reguleringsplanforslag/5.0',
			'NPAD GML Reguleringsplanforslag 5.0'
		],
		[
			'http://skjema.geonorge.no/SOSITEST/produktspesifikasjon/Reguleringsplan/20190401/',
			'NPAD GML Reguleringsplan 20190401'
		]
	])('%s is a plan namespace', (uri, format) => {
		expect([isPlanNamespace(uri), formatOfNamespace(uri)]).toEqual([true, format]);
	});

	it('does not take FKB for a plan', () => {
		expect(
			isPlanNamespace('http://skjema.geonorge.no/SOSI/produktspesifikasjon/FKB-Bygning/5.0')
		).toBe(false);
	});
});

describe('normaliseName', () => {
	it.each([
		['KPAREALFORMÅL', 'kparealformal'],
		['kpArealformal', 'kparealformal'],
		['arealformål', 'arealformal'],
		['KPSTØY', 'kpstoy'],
		['Førstedigitaliseringsdato', 'forstedigitaliseringsdato'],
		['identifikasjon.lokalId', 'identifikasjonlokalid'],
		['område_navn', 'omradenavn']
	])('%s → %s', (name, normalised) => {
		expect(normaliseName(name)).toBe(normalised);
	});
});
