import { describe, expect, it } from 'vitest';
import type { BuildingCollection, BuildingFeature } from '../types';
import { formatCollection } from './format-collection';

const makeFeature = (buildingNumber: string): BuildingFeature => ({
	type: 'Feature',
	geometry: { type: 'Point', coordinates: [10.4, 59.8] },
	properties: {
		buildingNumber,
		name: 'X',
		address: null,
		gnr: null,
		bnr: null,
		municipality: '0220',
		category: 'housing',
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
		sample: true
	}
});

describe('formatCollection', () => {
	it('writes one feature per line and parses back to the same collection', () => {
		const collection: BuildingCollection = {
			type: 'FeatureCollection',
			features: [makeFeature('950000001'), makeFeature('950000002')]
		};
		const text = formatCollection(collection);
		expect(text.split('\n').filter((l) => l.includes('"Feature"')).length).toBe(2);
		expect(JSON.parse(text)).toEqual(collection);
	});

	it('writes an empty collection as valid GeoJSON ending in a newline', () => {
		const text = formatCollection({ type: 'FeatureCollection', features: [] });
		expect(JSON.parse(text)).toEqual({ type: 'FeatureCollection', features: [] });
		expect(text.endsWith('}\n')).toBe(true);
	});
});
