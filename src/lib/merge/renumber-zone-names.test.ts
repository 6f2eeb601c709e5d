import { describe, expect, it } from 'vitest';
import { renumberZoneNames } from './renumber-zone-names';

describe('renumberZoneNames', () => {
	it('numbers each hensynssone code 1, 2, … in order, leaving other names alone', () => {
		expect(renumberZoneNames(['H570_1', 'H310_4', 'H570_1', 'H570', 'Flomsone', null])).toEqual([
			'H570_1',
			'H310_1',
			'H570_2',
			'H570_3',
			'Flomsone',
			null
		]);
	});
});
