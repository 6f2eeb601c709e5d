import { describe, expect, it } from 'vitest';
import {
	generatedBuildingNumber,
	isSampleBuildingNumber,
	kindergartenNumber,
	namedBuildingNumber
} from './building-number';

describe('sample building numbers', () => {
	it('puts 91 before a kindergarten NSR id, padded to seven digits', () => {
		expect(kindergartenNumber('1016589')).toBe('911016589');
		expect(kindergartenNumber('42')).toBe('910000042');
	});

	it('encodes municipality, category and sequence of an invented building', () => {
		// 0627 is the 2nd old municipality, housing the 8th category (index 7).
		expect(generatedBuildingNumber('0627', 'housing', 12)).toBe('952700012');
		expect(generatedBuildingNumber('0220', 'school', 0)).toBe('951000000');
	});

	it('rejects a sequence that does not fit five digits', () => {
		expect(() => generatedBuildingNumber('0220', 'sport', 100_000)).toThrow(RangeError);
	});

	it('gives a named building the same number whatever the case and padding of its name', () => {
		expect(namedBuildingNumber('school', ' Heggedal skole ')).toBe(
			namedBuildingNumber('school', 'heggedal SKOLE')
		);
	});

	it('makes nine-digit numbers starting with 9, outside the real matrikkel range', () => {
		const numbers = [
			kindergartenNumber('2000102'),
			namedBuildingNumber('library', 'Asker bibliotek'),
			generatedBuildingNumber('0628', 'technical', 99_999)
		];
		expect(numbers.every(isSampleBuildingNumber)).toBe(true);
		expect(isSampleBuildingNumber('80006873')).toBe(false);
	});
});
