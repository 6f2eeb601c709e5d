import { describe, expect, it } from 'vitest';
import { normaliseHeader, normaliseKey } from './normalise-key';

describe('normaliseKey', () => {
	it('folds Norwegian letters and case', () => {
		expect(['Røyken', 'ROYKEN', 'røy-ken'].map(normaliseKey)).toEqual([
			'royken',
			'royken',
			'royken'
		]);
	});

	it('folds æ and å', () => {
		expect(normaliseKey('Gårds- og bruksnummer, Ærlig')).toBe('gardsogbruksnummeraerlig');
	});

	it('drops other diacritics and punctuation', () => {
		expect(normaliseKey('  Café  Ö.  ')).toBe('cafeo');
	});
});

describe('normaliseHeader', () => {
	it('drops a bracketed unit', () => {
		expect(normaliseHeader('BTA (m²)')).toBe('bta');
	});

	it('drops a trailing unit word', () => {
		expect(['BTA m2', 'Verdi kr', 'Verdi i kr'].map(normaliseHeader)).toEqual([
			'bta',
			'verdi',
			'verdi'
		]);
	});

	it('keeps a header that is only a unit word', () => {
		expect(normaliseHeader('kr')).toBe('kr');
	});
});
