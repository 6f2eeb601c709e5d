import { describe, expect, it } from 'vitest';
import { formatValue } from './format-value';

describe('formatValue', () => {
	it.each([
		[1110, '1110'],
		[0.5, '0.5'],
		['B1', 'B1'],
		['0220', '0220'],
		['H310_1', 'H310_1'],
		['E6 Hestbrinken', '"E6 Hestbrinken"'],
		['2016003', '"2016003"'],
		['', '""'],
		['a!b', '"a!b"'],
		[':1', '":1"'],
		['Tre "ord"', `'Tre "ord"'`],
		['to\nlinjer', '"to linjer"']
	])('writes %j as %s', (value, text) => {
		expect(formatValue(value)).toBe(text);
	});
});
