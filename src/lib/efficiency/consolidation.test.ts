import { describe, expect, it } from 'vitest';
import { assumeCrs } from '../geometry/types';
import {
	findConsolidationCandidates,
	type ConsolidationAttributes,
	type ConsolidationBuilding
} from './consolidation';

// Positions are offsets in metres from a point in Asker (EPSG:25832).
const X0 = 580_000;
const Y0 = 6_633_000;

function at(
	dx: number,
	dy: number,
	overrides: Partial<ConsolidationAttributes> = {}
): ConsolidationBuilding {
	const attributes: ConsolidationAttributes = Object.freeze({
		buildingNumber: '1',
		name: 'Skole',
		category: 'school',
		bta: 4000,
		capacity: 250,
		capacityUnit: 'pupils',
		users: 240,
		condition: 1,
		maintenanceBacklog: null,
		annualFdvuCost: null,
		annualRent: null,
		...overrides
	});
	const position = assumeCrs(
		Object.freeze({
			type: 'Point' as const,
			coordinates: Object.freeze([X0 + dx, Y0 + dy]) as number[]
		}),
		25832
	);
	return Object.freeze({ attributes, position });
}

/** Under-used: 100 pupils in 250 places, utilisation 0.4. */
const halfEmpty = (dx: number, dy: number, o: Partial<ConsolidationAttributes> = {}) =>
	at(dx, dy, { buildingNumber: '100', users: 100, ...o });
/** Room for 200 more: 300 pupils in 500 places (utilisation 0.6, also low). */
const roomy = (dx: number, dy: number, o: Partial<ConsolidationAttributes> = {}) =>
	at(dx, dy, { buildingNumber: '200', name: 'Stor skole', capacity: 500, users: 300, ...o });

describe('findConsolidationCandidates', () => {
	it('proposes an under-used school whose neighbour has room for all its pupils', () => {
		const [first, ...rest] = findConsolidationCandidates([halfEmpty(0, 0), roomy(1000, 0)]);
		// The roomy school's 300 pupils do not fit in the half-empty one's 150 spare places.
		expect(rest).toEqual([]);
		expect(first?.buildingNumber).toBe('100');
		expect(first?.distance).toBe(1000);
		expect(first?.receivers).toEqual([
			{
				buildingNumber: '200',
				name: 'Stor skole',
				distance: 1000,
				spareCapacity: 200,
				condition: 1
			}
		]);
		expect(first?.reasons).toEqual([
			{ code: 'low-utilisation', utilisation: 0.4, users: 100, capacity: 250, threshold: 0.7 }
		]);
	});

	it('gives no candidate when the neighbour lacks spare capacity', () => {
		// 120 spare places (250 − 130) for 100 pupils would do; 90 spare places (250 − 160) do not.
		const tight = at(500, 0, { buildingNumber: '300', users: 160 });
		expect(findConsolidationCandidates([halfEmpty(0, 0), tight])).toEqual([]);
	});

	it('accepts a neighbour whose spare places exactly match the pupils', () => {
		// 400 − 300 = 100 spare places for 100 pupils (and 0.75 used, so not a candidate itself).
		const exact = at(500, 0, { buildingNumber: '300', capacity: 400, users: 300 });
		const result = findConsolidationCandidates([halfEmpty(0, 0), exact]);
		expect(result.map((c) => [c.buildingNumber, c.receivers[0]?.spareCapacity])).toEqual([
			['100', 100]
		]);
	});

	it('includes a receiver at exactly the maximum distance and not one beyond it', () => {
		// 1 200 and 1 600 m apart in x and y: √(1 200² + 1 600²) = 2 000 m.
		expect(findConsolidationCandidates([halfEmpty(0, 0), roomy(1200, 1600)])).toHaveLength(1);
		// 1 200 and 1 700 m: 2 080.9 m, out of reach although x alone is within 2 000 m.
		expect(findConsolidationCandidates([halfEmpty(0, 0), roomy(1200, 1700)])).toEqual([]);
	});

	it('takes the distance from the options', () => {
		const buildings = [halfEmpty(0, 0), roomy(1000, 0)];
		expect(findConsolidationCandidates(buildings, { maxDistance: 999 })).toEqual([]);
	});

	it('lists every receiver in reach, nearest first', () => {
		const result = findConsolidationCandidates([
			halfEmpty(0, 0),
			roomy(-1500, 0, { buildingNumber: '201' }),
			roomy(0, 400, { buildingNumber: '202' })
		]);
		expect(result[0]?.receivers.map((r) => [r.buildingNumber, r.distance])).toEqual([
			['202', 400],
			['201', 1500]
		]);
	});

	it('only pairs buildings of the same category and capacity unit', () => {
		const kindergarten = roomy(100, 0, { category: 'kindergarten', capacityUnit: 'children' });
		const otherUnit = roomy(200, 0, { capacityUnit: 'workplaces' });
		expect(findConsolidationCandidates([halfEmpty(0, 0), kindergarten, otherUnit])).toEqual([]);
	});

	it('leaves out categories that are not asked for', () => {
		const offices = [
			halfEmpty(0, 0, { category: 'administration', capacityUnit: 'workplaces' }),
			roomy(100, 0, { category: 'administration', capacityUnit: 'workplaces' })
		];
		expect(findConsolidationCandidates(offices)).toEqual([]);
		expect(findConsolidationCandidates(offices, { categories: ['administration'] })).toHaveLength(
			1
		);
	});

	it('flags a full building with a high backlog per m² or a poor grade', () => {
		// 240 of 250 places used (0.96), but 14 000 000 NOK / 4 000 m² = 3 500 NOK/m² ≥ 3 000, and TG3.
		const worn = at(0, 0, { buildingNumber: '400', maintenanceBacklog: 14_000_000, condition: 3 });
		const [result] = findConsolidationCandidates([worn, roomy(800, 0, { users: 200 })]);
		expect(result?.reasons).toEqual([
			{ code: 'high-backlog', backlogPerM2: 3500, backlog: 14_000_000, bta: 4000, threshold: 3000 },
			{ code: 'poor-condition', grade: 3, threshold: 2 }
		]);
	});

	it('is no candidate without any reason, even with room next door', () => {
		// 240 of 250 places used (0.96), TG1, no backlog; the neighbour has 250 spare places
		// and is itself 75 % used, above the 0.7 threshold.
		const full = at(0, 0);
		expect(
			findConsolidationCandidates([full, roomy(500, 0, { capacity: 1000, users: 750 })])
		).toEqual([]);
	});
});

describe('findConsolidationCandidates: freed cost and ranking', () => {
	it('adds FDVU cost and rent as the annual cost freed', () => {
		const leased = halfEmpty(0, 0, { annualFdvuCost: 800_000, annualRent: 1_200_000 });
		const [result] = findConsolidationCandidates([leased, roomy(500, 0)]);
		expect(result?.freedAnnualCost).toBe(2_000_000);
		expect(result?.score).toBe(2_000_000);
		expect(result?.freedBta).toBe(4000);
	});

	it('keeps the freed cost unknown when neither part is known', () => {
		const [result] = findConsolidationCandidates([halfEmpty(0, 0), roomy(500, 0)]);
		expect([result?.freedAnnualCost, result?.score]).toEqual([null, 0]);
	});

	it('ranks by freed annual cost, then freed BTA, then building number', () => {
		// Three half-empty schools around one roomy school with 1 000 spare places.
		const big = roomy(0, 0, { capacity: 1300, users: 300 });
		const result = findConsolidationCandidates([
			halfEmpty(100, 0, { buildingNumber: '12', annualFdvuCost: 500_000, bta: 3000 }),
			halfEmpty(200, 0, { buildingNumber: '9', annualFdvuCost: 500_000, bta: 3000 }),
			halfEmpty(300, 0, { buildingNumber: '30', annualFdvuCost: 500_000, bta: 5000 }),
			halfEmpty(400, 0, { buildingNumber: '40', annualFdvuCost: 900_000, bta: 1000 }),
			big
		]);
		// 900 000 first; then three at 500 000: 5 000 m² before 3 000 m²; then '9' before '12'.
		expect(result.map((c) => c.buildingNumber)).toEqual(['40', '30', '9', '12']);
	});
});
