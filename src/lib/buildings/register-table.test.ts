import { describe, expect, it } from 'vitest';
import { makeAttributes } from './fixtures/make-attributes';
import { guessColumnMapping } from './import/column-mapping';
import { validateRows } from './import/validate-rows';
import { registerTable, type ExportBuilding } from './register-table';
import { BUILDING_CATEGORIES, CAPACITY_UNITS, VALUATION_METHODS } from './types';

const base: ExportBuilding = {
	...makeAttributes({
		name: 'Hval skole',
		address: 'Hvalsveien 1',
		gnr: 12,
		bnr: 34,
		municipality: '0627',
		bta: 4000.5,
		tenure: 'leased',
		annualRent: 2_000_000,
		conditionByPart: {}
	}),
	ewkt: 'SRID=25832;POINT(580000 6633000)',
	east: 580000,
	north: 6633000
};

function roundTrip(buildings: ExportBuilding[]) {
	const { headers, rows } = registerTable(buildings);
	return validateRows(headers, rows, guessColumnMapping(headers), { source: 'test' });
}

describe('registerTable', () => {
	it('exports headers the importer maps without help', () => {
		const { headers } = registerTable([base]);
		const mapping = guessColumnMapping(headers);
		expect(Object.keys(mapping).sort()).toEqual(
			[
				'buildingNumber',
				'name',
				'address',
				'gnr',
				'bnr',
				'municipality',
				'category',
				'bta',
				'bra',
				'yearBuilt',
				'tenure',
				'annualRent',
				'condition',
				'maintenanceBacklog',
				'value',
				'valueMethod',
				'valueDate',
				'annualFdvuCost',
				'capacity',
				'capacityUnit',
				'users',
				'x',
				'y',
				'geometry'
			].sort()
		);
	});

	it('re-imports every category, unit and valuation method to the same attributes', () => {
		const variants = BUILDING_CATEGORIES.map((category, i) => ({
			...base,
			buildingNumber: String(900000100 + i),
			category,
			capacityUnit: CAPACITY_UNITS[i % CAPACITY_UNITS.length]!,
			valueMethod: VALUATION_METHODS[i % VALUATION_METHODS.length]!,
			condition: (i % 4) as 0 | 1 | 2 | 3,
			tenure: i % 2 ? ('owned' as const) : ('leased' as const)
		}));
		const result = roundTrip(variants);
		expect(result.errorCount).toBe(0);
		result.buildings.forEach((imported, i) => {
			const { ewkt: _e, east: _x, north: _y, ...expected } = variants[i]!;
			const { geometry, ...attributes } = imported;
			expect(attributes).toEqual({ ...expected, source: 'test' });
			expect(geometry).toEqual({ type: 'Point', coordinates: [580000, 6633000] });
		});
	});
});
