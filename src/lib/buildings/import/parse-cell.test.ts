import { describe, expect, it } from 'vitest';
import {
	parseBuildingNumber,
	parseDate,
	parseGnrBnr,
	parseInteger,
	parseNumber,
	parseText,
	parseYear
} from './parse-cell';

describe('parseNumber', () => {
	it.each([
		['1 234,5', 1234.5],
		['1.234,5', 1234.5],
		['1234.5', 1234.5],
		['1,234.5', 1234.5],
		['1,234,567', 1234567],
		['1.234.567', 1234567],
		['1\u00a0234', 1234],
		['1\u202f234\u202f567,25', 1234567.25],
		['kr 12 000', 12000],
		['12 000 NOK', 12000],
		['kr 12 000,-', 12000],
		['12,5 m²', 12.5],
		['850 m2', 850],
		['-3,5', -3.5],
		['\u221242', -42],
		[',5', 0.5],
		['0.500', 0.5],
		['1,234', 1.234],
		[1234.5, 1234.5]
	])('reads %j as %d', (input, expected) => {
		expect(parseNumber(input)).toEqual({ ok: true, value: expected });
	});

	it.each([null, '', '   '])('reads %j as empty', (input) => {
		expect(parseNumber(input)).toEqual({ ok: true, value: null });
	});

	it.each(['abc', '12a', '1.2.3', '1,2,3', '12 000 EUR', '1-2', new Date(0), Number.NaN])(
		'rejects %j',
		(input) => {
			expect(parseNumber(input)).toEqual({ ok: false, code: 'not-a-number' });
		}
	);

	it.each(['12.500', '1.234', '999.000'])('refuses to guess %j', (input) => {
		expect(parseNumber(input)).toEqual({ ok: false, code: 'ambiguous-number' });
	});

	it('reads a lone dot as a decimal point when told to', () => {
		expect(parseNumber('59.833', { dotIsDecimal: true })).toEqual({ ok: true, value: 59.833 });
	});
});

describe('parseInteger', () => {
	it('reads a whole number with a thousands space', () => {
		expect(parseInteger('1 975')).toEqual({ ok: true, value: 1975 });
	});

	it('rejects a fraction', () => {
		expect(parseInteger('12,5')).toEqual({ ok: false, code: 'not-an-integer' });
	});

	it('passes on a parse failure', () => {
		expect(parseInteger('tolv')).toEqual({ ok: false, code: 'not-a-number' });
	});
});

describe('parseYear', () => {
	it('reads the year of a date cell', () => {
		expect(parseYear(new Date(Date.UTC(1975, 5, 1)))).toEqual({ ok: true, value: 1975 });
	});

	it('reads a year written as text', () => {
		expect(parseYear(' 1975 ')).toEqual({ ok: true, value: 1975 });
	});

	it('rejects words', () => {
		expect(parseYear('ca. 1975')).toEqual({ ok: false, code: 'not-a-number' });
	});
});

describe('parseDate', () => {
	it.each([
		['2024-05-31', '2024-05-31'],
		['2024-05-31T00:00:00Z', '2024-05-31'],
		['31.05.2024', '2024-05-31'],
		['1.2.2024', '2024-02-01'],
		['29/02/2024', '2024-02-29'],
		[45443, '2024-05-31'],
		[45443.75, '2024-05-31'],
		[new Date(Date.UTC(2024, 4, 31)), '2024-05-31']
	])('reads %j', (input, expected) => {
		expect(parseDate(input)).toEqual({ ok: true, value: expected });
	});

	it.each(['31.02.2024', '2024-13-01', '31.05.24', 'i fjor', 0, -5, new Date(Number.NaN)])(
		'rejects %j',
		(input) => {
			expect(parseDate(input)).toEqual({ ok: false, code: 'not-a-date' });
		}
	);

	it('reads an empty cell as empty', () => {
		expect(parseDate('')).toEqual({ ok: true, value: null });
	});
});

describe('parseText', () => {
	it('trims text', () => {
		expect(parseText('  Hval skole ')).toEqual({ ok: true, value: 'Hval skole' });
	});

	it('writes a number as text', () => {
		expect(parseText(12)).toEqual({ ok: true, value: '12' });
	});

	it('reads blank text as empty', () => {
		expect(parseText(' ')).toEqual({ ok: true, value: null });
	});
});

describe('parseBuildingNumber', () => {
	it.each([
		['80012345', '80012345'],
		['80 012 345', '80012345'],
		['0080012345', '80012345'],
		[80012345, '80012345'],
		['1', '1']
	])('reads %j', (input, expected) => {
		expect(parseBuildingNumber(input)).toEqual({ ok: true, value: expected });
	});

	it.each(['12345678901', 'H-123', '12.5', 12.5, '0', ''.padEnd(3, '0')])('rejects %j', (input) => {
		expect(parseBuildingNumber(input)).toEqual({ ok: false, code: 'invalid-building-number' });
	});
});

describe('parseGnrBnr', () => {
	it.each([
		['12/34', [12, 34]],
		['12 / 34', [12, 34]],
		['12/34/0/0', [12, 34]],
		['0220-12/34', [12, 34]]
	])('reads %j', (input, expected) => {
		expect(parseGnrBnr(input)).toEqual({ ok: true, value: expected });
	});

	it.each(['12', '12-34', '0/5', 'gnr 12'])('rejects %j', (input) => {
		expect(parseGnrBnr(input)).toEqual({ ok: false, code: 'invalid-gnr-bnr' });
	});
});
