import { describe, expect, it } from 'vitest';
import type { BuildingAttributes, BuildingCollection } from '../types';
import { countTable, portfolioFigures } from './summarise-collection';

const makeBuilding = (overrides: Partial<BuildingAttributes>): BuildingAttributes => ({
	buildingNumber: '950000001',
	name: 'X',
	address: null,
	gnr: null,
	bnr: null,
	municipality: '0220',
	category: 'school',
	bta: 1000,
	bra: 850,
	yearBuilt: 1990,
	tenure: 'owned',
	annualRent: null,
	condition: 2,
	conditionByPart: {},
	maintenanceBacklog: 2_000_000,
	value: null,
	valueMethod: null,
	valueDate: null,
	annualFdvuCost: null,
	capacity: 100,
	capacityUnit: 'pupils',
	users: 90,
	source: 'test',
	sample: true,
	...overrides
});

const makeCollection = (...list: Partial<BuildingAttributes>[]): BuildingCollection => ({
	type: 'FeatureCollection',
	features: list.map((p) => ({
		type: 'Feature',
		geometry: { type: 'Point', coordinates: [10.4, 59.8] },
		properties: makeBuilding(p)
	}))
});

describe('countTable', () => {
	it('counts per category and municipality with totals', () => {
		const table = countTable(
			makeCollection({}, { municipality: '0627' }, { municipality: '0627', category: 'housing' })
		).split('\n');
		expect(table[0]).toBe('| category | 0220 Asker | 0627 Røyken | 0628 Hurum | total |');
		expect(table).toContain('| school | 1 | 1 | 0 | 2 |');
		expect(table).toContain('| housing | 0 | 1 | 0 | 1 |');
		expect(table.at(-1)).toBe('| **total** | 1 | 2 | 0 | 3 |');
	});
});

describe('portfolioFigures', () => {
	it('sums area, backlog per m², grades, leased share and under-used buildings', () => {
		const figures = portfolioFigures(
			makeCollection(
				{},
				{ bta: 3000, maintenanceBacklog: 12_000_000, condition: 3, users: 50 },
				{ tenure: 'leased', maintenanceBacklog: null, condition: null }
			)
		);
		expect(figures).toEqual({
			buildings: 3,
			bta: 5000,
			leasedShare: 1 / 3,
			backlogPerM2: 14_000_000 / 4000,
			grades: { 0: 0, 1: 0, 2: 1, 3: 1, unknown: 1 },
			underUsed: 1
		});
	});
});
