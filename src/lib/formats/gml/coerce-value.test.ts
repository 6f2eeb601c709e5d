import { describe, expect, it } from 'vitest';
import { coerceValue } from './coerce-value';

describe('coerceValue', () => {
	it.each([
		['1110', 1110],
		['43.5', 43.5],
		['0.25', 0.25],
		['-12', -12],
		['0', 0]
	])('reads %s as a number', (text, value) => {
		expect(coerceValue(text)).toBe(value);
	});

	it.each(['0220', '2018-11-15', '1e5', 'H310_1', '', '12345678901234567890', '-0'])(
		'keeps %j as text',
		(text) => {
			expect(coerceValue(text)).toBe(text);
		}
	);
});
