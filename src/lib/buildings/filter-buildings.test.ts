import { describe, expect, it } from 'vitest';
import { filterBuildings, NO_FILTER, type Sort } from './filter-buildings';
import type { BuildingSummary } from './types';

function building(overrides: Partial<BuildingSummary>): BuildingSummary {
	return {
		buildingNumber: '1',
		name: 'Bygg',
		address: null,
		gnr: null,
		bnr: null,
		municipality: '0220',
		category: 'school',
		bta: null,
		bra: null,
		yearBuilt: null,
		tenure: 'owned',
		annualRent: null,
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
		source: 'test',
		sample: true,
		id: 1,
		lon: 10.4,
		lat: 59.8,
		updatedAt: '2026-11-27T00:00:00Z',
		...overrides
	};
}

const all = [
	building({
		buildingNumber: '1',
		name: 'Sætre skole',
		municipality: '0628',
		bta: 5000,
		condition: 2
	}),
	building({
		buildingNumber: '2',
		name: 'Røyken skole',
		municipality: '0627',
		bta: 3000,
		condition: 1
	}),
	building({
		buildingNumber: '3',
		name: 'Hyggen barnehage',
		municipality: '0627',
		category: 'kindergarten'
	}),
	building({
		buildingNumber: '4',
		name: 'Åros skole',
		municipality: '0627',
		bta: 4000,
		condition: 3
	})
];
const byName: Sort = { key: 'name', descending: false };
const numbers = (list: BuildingSummary[]) => list.map((b) => b.buildingNumber);

describe('filterBuildings', () => {
	it('narrows to schools in Røyken', () => {
		const filter = {
			...NO_FILTER,
			categories: ['school' as const],
			municipalities: ['0627' as const]
		};
		expect(numbers(filterBuildings(all, filter, byName))).toEqual(['2', '4']);
	});

	it('matches text without regard to case or æøå', () => {
		expect(numbers(filterBuildings(all, { ...NO_FILTER, text: 'SAETRE' }, byName))).toEqual(['1']);
		expect(numbers(filterBuildings(all, { ...NO_FILTER, text: 'roy' }, byName))).toEqual(['2']);
	});

	it('filters on "not assessed" as its own condition', () => {
		const filter = { ...NO_FILTER, conditions: ['none' as const] };
		expect(numbers(filterBuildings(all, filter, byName))).toEqual(['3']);
	});

	it('sorts names in Norwegian order (Å last) and puts unknown numbers last both ways', () => {
		expect(numbers(filterBuildings(all, NO_FILTER, byName))).toEqual(['3', '2', '1', '4']);
		const up = filterBuildings(all, NO_FILTER, { key: 'bta', descending: false });
		const down = filterBuildings(all, NO_FILTER, { key: 'bta', descending: true });
		expect(numbers(up)).toEqual(['2', '4', '1', '3']);
		expect(numbers(down)).toEqual(['1', '4', '2', '3']);
	});

	it('does not reorder the caller’s array', () => {
		const input = [...all];
		filterBuildings(input, NO_FILTER, { key: 'bta', descending: true });
		expect(numbers(input)).toEqual(['1', '2', '3', '4']);
	});
});
