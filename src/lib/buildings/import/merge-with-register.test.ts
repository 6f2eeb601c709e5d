import { describe, expect, it } from 'vitest';
import { makeAttributes } from '../fixtures/make-attributes';
import type { BuildingAttributes } from '../types';
import { mergeWithRegister } from './merge-with-register';
import type { ImportedBuilding } from './types';

const stored: BuildingAttributes = makeAttributes({
	name: 'Hval skole',
	address: 'Hvalsveien 1',
	gnr: 12,
	bnr: 34,
	municipality: '0627',
	conditionByPart: { '2': 3 },
	source: 'sample',
	sample: true
});

/** What validation makes of a file with only number, name, municipality, category and BTA. */
const row: ImportedBuilding = {
	...stored,
	address: null,
	gnr: null,
	bnr: null,
	bta: 4200,
	bra: null,
	yearBuilt: null,
	condition: null,
	conditionByPart: {},
	maintenanceBacklog: null,
	value: null,
	valueMethod: null,
	valueDate: null,
	annualFdvuCost: null,
	capacity: null,
	capacityUnit: null,
	users: null,
	source: 'Import: fdvu.csv',
	sample: false,
	geometry: null
};

describe('mergeWithRegister', () => {
	it('changes only the columns the file has for a building in the register', () => {
		const merged = mergeWithRegister(row, stored, [
			'buildingNumber',
			'name',
			'municipality',
			'category',
			'bta'
		]);
		expect(merged).toEqual({ ...stored, bta: 4200, source: 'Import: fdvu.csv' });
	});

	it('takes an empty cell in a mapped column as "now unknown"', () => {
		const merged = mergeWithRegister(row, stored, ['buildingNumber', 'value']);
		expect(merged.value).toBeNull();
		expect(merged.bta).toBe(4000);
	});

	it('fills gnr and bnr from a combined gnr/bnr column', () => {
		const merged = mergeWithRegister({ ...row, gnr: 5, bnr: 6 }, stored, ['gnrBnr']);
		expect([merged.gnr, merged.bnr]).toEqual([5, 6]);
	});

	it('stores a new building as read', () => {
		const { geometry: _g, ...attributes } = row;
		expect(mergeWithRegister(row, undefined, ['buildingNumber'])).toEqual(attributes);
	});
});
