import { describe, expect, it } from 'vitest';
import type { CapacityUnit, OldMunicipality } from '../buildings/types';
import { aggregate, type AggregateInput, type GroupFigures } from './aggregate';

type TestBuilding = AggregateInput & { municipality: OldMunicipality; zone: string };

function building(overrides: Partial<TestBuilding> = {}): TestBuilding {
	return Object.freeze({
		municipality: '0220',
		zone: 'all',
		bta: 4000,
		capacity: 250,
		capacityUnit: 'pupils',
		users: 200,
		maintenanceBacklog: null,
		annualFdvuCost: null,
		value: null,
		...overrides
	});
}

const byZone = { groupBy: (b: TestBuilding) => b.zone };

function only<K>(groups: Map<K, GroupFigures<K>>, key: K): GroupFigures<K> {
	const group = groups.get(key);
	if (!group) throw new Error(`no group ${String(key)}`);
	return group;
}

describe('aggregate: ratios of sums', () => {
	it('divides the sums, not the average of the per-building ratios', () => {
		// 4 000 m²/200 pupils = 20 and 6 000 m²/250 pupils = 24; their mean would be 22.
		// Ratio of sums: (4 000 + 6 000) / (200 + 250) = 10 000 / 450 = 22.222…
		const group = only(
			aggregate([building({ bta: 4000, users: 200 }), building({ bta: 6000, users: 250 })], byZone),
			'all'
		);
		expect(group.btaPerUser.numerator).toBe(10_000);
		expect(group.btaPerUser.denominator).toBe(450);
		expect(group.btaPerUser.ratio.ok && group.btaPerUser.ratio.value).toBeCloseTo(22.2222, 4);
	});

	it('shows how far apart the two methods are for a small and a large school', () => {
		// 1 000 m²/10 pupils = 100 and 9 000 m²/450 pupils = 20: the mean of ratios is 60,
		// but the 460 pupils really share 10 000 m², 21.739… m² each.
		const group = only(
			aggregate([building({ bta: 1000, users: 10 }), building({ bta: 9000, users: 450 })], byZone),
			'all'
		);
		const value = group.btaPerUser.ratio.ok ? group.btaPerUser.ratio.value : Number.NaN;
		expect(value).toBeCloseTo(21.7391, 4);
		expect(value).not.toBeCloseTo(60, 0);
	});

	it('sums capacity and users for utilisation', () => {
		// (200 + 100) pupils / (250 + 250) places = 0.6
		const group = only(
			aggregate([building({ users: 200 }), building({ users: 100 })], byZone),
			'all'
		);
		expect(group.utilisation.ratio).toEqual({ ok: true, value: 0.6 });
	});
});

describe('aggregate: missing and zero inputs', () => {
	it('leaves a building without users out of both sides of m² per user, and says so', () => {
		// Only the first school counts: 4 000 m² / 200 pupils = 20 (not 10 000 / 200 = 50).
		const group = only(
			aggregate(
				[building({ bta: 4000, users: 200 }), building({ bta: 6000, users: null })],
				byZone
			),
			'all'
		);
		expect(group.btaPerUser).toEqual({
			ratio: { ok: true, value: 20 },
			numerator: 4000,
			denominator: 200,
			included: 1,
			excluded: 1
		});
		// m² per place still uses both: 10 000 / 500 = 20
		expect(group.btaPerCapacity.included).toBe(2);
		expect(group.btaPerCapacity.ratio).toEqual({ ok: true, value: 20 });
	});

	it('is no-capacity when the whole group has zero capacity', () => {
		const group = only(
			aggregate([building({ capacity: 0 }), building({ capacity: 0 })], byZone),
			'all'
		);
		expect(group.btaPerCapacity.ratio).toEqual({ ok: false, reason: 'no-capacity' });
		expect(group.utilisation.ratio).toEqual({ ok: false, reason: 'no-capacity' });
	});

	it('keeps the area of a zero-capacity building in the sums', () => {
		// A closed school still has its 4 000 m²: (4 000 + 6 000) / (0 + 250) = 40 m² per place.
		const group = only(
			aggregate([building({ capacity: 0 }), building({ bta: 6000, capacity: 250 })], byZone),
			'all'
		);
		expect(group.btaPerCapacity.ratio).toEqual({ ok: true, value: 40 });
	});

	it('says no-area, not no-capacity, when no building has a floor area', () => {
		const group = only(aggregate([building({ bta: null }), building({ bta: 0 })], byZone), 'all');
		expect(group.btaPerCapacity.ratio).toEqual({ ok: false, reason: 'no-area' });
		expect(group.btaPerCapacity.excluded).toBe(2);
	});

	it('is no-capacity for a group without any capacity unit', () => {
		const culture = building({ capacity: null, capacityUnit: null, users: null });
		const group = only(aggregate([culture], byZone), 'all');
		expect(group.units).toEqual([]);
		expect(group.btaPerCapacity.ratio).toEqual({ ok: false, reason: 'no-capacity' });
		expect(group.btaPerUser.ratio).toEqual({ ok: false, reason: 'no-users' });
	});
});

describe('aggregate: capacity units', () => {
	it('never adds pupils to children: per-unit figures and mixed-units across', () => {
		// School 4 000 m²/250 places = 16; kindergarten 900 m²/100 places = 9.
		const group = only(
			aggregate(
				[
					building({ bta: 4000, capacity: 250, capacityUnit: 'pupils' }),
					building({ bta: 900, capacity: 100, users: 90, capacityUnit: 'children' })
				],
				byZone
			),
			'all'
		);
		expect(group.units).toEqual(['pupils', 'children']);
		const perUnit = Object.fromEntries(
			group.byUnit.map((u) => [u.unit, u.btaPerCapacity.ratio])
		) as Record<CapacityUnit, unknown>;
		expect(perUnit).toEqual({ pupils: { ok: true, value: 16 }, children: { ok: true, value: 9 } });
		expect(group.btaPerCapacity.ratio).toEqual({ ok: false, reason: 'mixed-units' });
		expect(group.utilisation.ratio).toEqual({ ok: false, reason: 'mixed-units' });
		expect(group.btaPerCapacity.included).toBe(0);
	});

	it('uses the single unit across the group and counts unit-less buildings as excluded', () => {
		const culture = building({ bta: 1500, capacity: null, capacityUnit: null, users: null });
		const group = only(aggregate([building(), culture], byZone), 'all');
		// Only the school: 4 000 / 250 = 16; the culture house's 1 500 m² are not per pupil.
		expect(group.btaPerCapacity).toMatchObject({
			ratio: { ok: true, value: 16 },
			included: 1,
			excluded: 1
		});
		expect(group.byUnit[0]?.btaPerCapacity.excluded).toBe(0);
		expect(group.bta.total).toBe(5500);
	});
});

describe('aggregate: groups, sums and inhabitants', () => {
	it('groups by any key the caller gives, in first-seen order', () => {
		const groups = aggregate(
			[
				building({ municipality: '0627', bta: 1000 }),
				building({ municipality: '0220', bta: 2000 }),
				building({ municipality: '0627', bta: 3000 })
			],
			{ groupBy: (b) => b.municipality }
		);
		expect([...groups.keys()]).toEqual(['0627', '0220']);
		expect(groups.get('0627')?.bta).toEqual({ total: 4000, included: 2, excluded: 0 });
		expect(groups.get('0220')?.count).toBe(1);
	});

	it('sums backlog, FDVU cost and value over the buildings that have them', () => {
		const group = only(
			aggregate(
				[
					building({ maintenanceBacklog: 1_000_000, annualFdvuCost: 400_000, value: 50_000_000 }),
					building({ maintenanceBacklog: 0, annualFdvuCost: null, value: 70_000_000 }),
					building({ maintenanceBacklog: null, annualFdvuCost: 600_000, value: null })
				],
				byZone
			),
			'all'
		);
		expect(group.maintenanceBacklog).toEqual({ total: 1_000_000, included: 2, excluded: 1 });
		expect(group.annualFdvuCost).toEqual({ total: 1_000_000, included: 2, excluded: 1 });
		expect(group.value).toEqual({ total: 120_000_000, included: 2, excluded: 1 });
	});

	it('gives m² BTA per inhabitant from the population the caller supplies', () => {
		// (4 000 + 6 000) m² / 2 000 inhabitants = 5 m² per inhabitant
		const groups = aggregate([building({ bta: 4000 }), building({ bta: 6000 })], {
			...byZone,
			populationOf: (zone) => (zone === 'all' ? 2000 : null)
		});
		expect(only(groups, 'all').btaPerInhabitant.ratio).toEqual({ ok: true, value: 5 });
	});

	it('is no-population when the population is missing or zero', () => {
		for (const population of [null, 0, undefined]) {
			const groups = aggregate([building()], { ...byZone, populationOf: () => population });
			expect(only(groups, 'all').btaPerInhabitant.ratio).toEqual({
				ok: false,
				reason: 'no-population'
			});
		}
	});

	// Speed is measured in bench/property.bench.ts; this pins the grouping at that size.
	it('groups 10 000 buildings over 50 zones, 200 each', () => {
		const buildings = Array.from({ length: 10_000 }, (_, i) =>
			building({ zone: `z${i % 50}`, bta: 1000 + i, users: i % 7 === 0 ? null : 100 })
		);
		const groups = aggregate(buildings, byZone);
		expect(groups.size).toBe(50);
		expect(only(groups, 'z0').count).toBe(200);
		// z0 holds i = 0, 50, 100, …, 9950: Σ BTA = 200 × 1000 + (0 + 9950) × 200 / 2.
		expect(only(groups, 'z0').bta.total).toBe(200 * 1000 + ((0 + 9950) * 200) / 2);
	});
});
