import type { MultiPolygon, Point } from 'geojson';
import type { BuildingAttributes, BuildingRecord } from '$lib/buildings/types';
import { assumeCrs } from '$lib/geometry/types';

/** A complete, valid school near Asker sentrum; tests override what they are about. */
export function makeAttributes(overrides: Partial<BuildingAttributes> = {}): BuildingAttributes {
	return {
		buildingNumber: '900000001',
		name: 'Testskole',
		address: 'Skoleveien 1',
		gnr: 1,
		bnr: 2,
		municipality: '0220',
		category: 'school',
		bta: 4000,
		bra: 3500,
		yearBuilt: 1975,
		tenure: 'owned',
		annualRent: null,
		condition: 2,
		conditionByPart: { '2': 2, '3': 1 },
		maintenanceBacklog: 8_000_000,
		value: 120_000_000,
		valueMethod: 'replacement_cost',
		valueDate: '2019-12-31',
		annualFdvuCost: 4_000_000,
		capacity: 200,
		capacityUnit: 'pupils',
		users: 180,
		source: 'test',
		sample: false,
		...overrides
	};
}

/**
 * A building with a square footprint of `side` metres whose south-west corner is at (x, y)
 * in EPSG:25832; the position is its centre.
 */
export function makeBuilding(
	overrides: Partial<BuildingAttributes> = {},
	{ x = 580_000, y = 6_633_000, side = 40 } = {}
): BuildingRecord {
	const ring = [
		[x, y],
		[x + side, y],
		[x + side, y + side],
		[x, y + side],
		[x, y]
	];
	return {
		attributes: makeAttributes(overrides),
		position: assumeCrs<25832, Point>(
			{ type: 'Point', coordinates: [x + side / 2, y + side / 2] },
			25832
		),
		footprint: assumeCrs<25832, MultiPolygon>(
			{ type: 'MultiPolygon', coordinates: [[ring]] },
			25832
		)
	};
}
