import { describe, expect, it } from 'vitest';
import { coordinateNote, problemText } from './problem-text';
import { PROBLEM_SEVERITY, type ProblemCode } from './problems';

const base = { rowNumber: 2, column: 'Kol', field: null, value: null };

describe('problemText', () => {
	it('has a message for every code, without a placeholder left over', () => {
		const codes = Object.keys(PROBLEM_SEVERITY) as ProblemCode[];
		const texts = codes.map((code) =>
			problemText({ ...base, field: 'bta', code, value: 'x', relatedRows: [3] })
		);
		expect(texts.filter((text) => text === '' || /[{}]/.test(text))).toEqual([]);
	});

	it('uses the field label and the value', () => {
		expect(problemText({ ...base, field: 'bta', code: 'not-a-number', value: 'abc' })).toBe(
			'BTA: «abc» er ikke et tall'
		);
	});

	it('writes numbers with a decimal comma', () => {
		expect(problemText({ ...base, field: 'bra', code: 'bra-exceeds-bta', value: 1200.5 })).toBe(
			'BRA (1200,5 m²) er større enn BTA; etter NS 3940 er BRA en del av BTA'
		);
	});

	it('lists the other rows of a duplicate', () => {
		const text = problemText({
			...base,
			code: 'duplicate-building-number',
			value: '80012345',
			relatedRows: [4, 7, 9]
		});
		expect(text).toBe('Bygningsnummeret 80012345 står også i rad 4, 7 og 9');
	});

	it('falls back to the column header when there is no field', () => {
		expect(problemText({ ...base, code: 'missing-value' })).toBe('Kol mangler');
	});
});

describe('coordinateNote', () => {
	it.each([
		[25832, false, false, 'tolket som EUREF89 UTM32 (øst/nord)'],
		[25833, true, false, 'tolket som EUREF89 UTM33 (nord/øst, byttet om)'],
		[4326, true, false, 'tolket som WGS 84 (breddegrad/lengdegrad, byttet om)'],
		[4326, false, true, 'oppgitt som WGS 84 (lengdegrad/breddegrad)'],
		[23032, false, true, 'oppgitt som EPSG:23032 (øst/nord)']
	])('describes EPSG:%d swapped=%s declared=%s', (srid, swapped, declared, expected) => {
		expect(coordinateNote(srid, swapped, declared)).toBe(expected);
	});
});
