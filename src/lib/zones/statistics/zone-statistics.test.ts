import { describe, expect, it } from 'vitest';
import { deepFreeze, makeZone, outerRing, rect } from '../fixtures/build';
import { voronoiPartition } from '../fixtures/voronoi-partition';
import { moveSharedVertex } from '../move-shared-vertex';
import { building, counts, twoMunicipalities } from './fixtures';
import type { StatisticsInputs } from './types';
import { createZoneStatistics } from './zone-statistics';

/** West: 0…1 000 (all in A). East: 1 000…4 000 (a third in A, two thirds in B). */
const westEast = () => [
	makeZone('west', rect(0, 0, 1000, 1000)),
	makeZone('east', rect(1000, 0, 4000, 1000))
];

describe('createZoneStatistics: area, shares and population', () => {
	it('measures each zone with planarArea and splits it between the old municipalities', () => {
		const [west, east] = createZoneStatistics(twoMunicipalities())(westEast());
		expect(west!.area).toBe(1_000_000);
		expect(east!.area).toBe(3_000_000);
		expect(east!.oldMunicipalities.map((m) => [m.number, m.area, m.fraction])).toEqual([
			['0220', 1_000_000, 1 / 3],
			['0627', 2_000_000, 2 / 3]
		]);
		expect(west!.oldMunicipalities.map((m) => m.fraction)).toEqual([1, 0]);
	});

	it('apportions each municipality’s people by the share of its area a zone covers', () => {
		// West covers half of A: 500 people, 50 aged 1–5. East: the other half of A (500) and
		// all of B (3 000): 3 500 people, 50 + 300 aged 1–5, 100 + 400 aged 6–15, 25 + 150 80+.
		const [west, east] = createZoneStatistics(twoMunicipalities())(westEast());
		expect(west!.population.counts).toMatchObject({
			total: 500,
			age1To5: 50,
			age6To15: 100,
			age80Plus: 25
		});
		expect(east!.population.counts).toMatchObject({
			total: 3500,
			age1To5: 350,
			age6To15: 500,
			age80Plus: 175
		});
		expect(east!.population.method).toEqual({
			kind: 'area-apportioned',
			unit: 'old-municipality',
			source: 'SSB 07459',
			years: [2019]
		});
	});

	it('gives an overlap of two municipality polygons to the first, so shares add up to the zone', () => {
		const base = twoMunicipalities();
		// B drawn 100 m too far west, over A, as the generalised 2019 polygons do.
		const b = rect(1900, 0, 4000, 1000);
		const inputs: StatisticsInputs = deepFreeze({
			...base,
			oldMunicipalities: [
				base.oldMunicipalities[0]!,
				{ ...base.oldMunicipalities[1]!, geometry: b }
			],
			population: {
				kind: 'areas',
				unit: 'old-municipality',
				source: 'SSB 07459',
				areas: [
					{
						id: '0220',
						geometry: base.oldMunicipalities[0]!.geometry,
						year: 2019,
						counts: counts(1000, 100, 200, 50)
					},
					{ id: '0627', geometry: b, year: 2019, counts: counts(3000, 300, 400, 150) }
				]
			}
		});
		const [whole] = createZoneStatistics(inputs)([makeZone('all', rect(0, 0, 4000, 1000))]);
		expect(whole!.oldMunicipalities.map((m) => m.area)).toEqual([2_000_000, 2_000_000]);
		expect(whole!.population.counts.total).toBe(4000);
	});

	it('takes a finer population source without changing the output shape', () => {
		// A split in two grunnkretser: 600 people west of x = 1 000, 400 east of it.
		const base = twoMunicipalities();
		const inputs: StatisticsInputs = deepFreeze({
			...base,
			population: {
				kind: 'areas',
				unit: 'grunnkrets',
				source: 'SSB grunnkrets',
				areas: [
					{ id: 'a1', geometry: rect(0, 0, 1000, 1000), year: 2024, counts: counts(600, 60, 0, 0) },
					{
						id: 'a2',
						geometry: rect(1000, 0, 2000, 1000),
						year: 2024,
						counts: counts(400, 40, 0, 0)
					},
					{
						id: 'b',
						geometry: rect(2000, 0, 4000, 1000),
						year: 2024,
						counts: counts(3000, 300, 0, 0)
					}
				]
			}
		});
		const [west, east] = createZoneStatistics(inputs)(westEast());
		expect([west!.population.counts.total, east!.population.counts.total]).toEqual([600, 3400]);
		expect(west!.population.method).toEqual({
			kind: 'area-apportioned',
			unit: 'grunnkrets',
			source: 'SSB grunnkrets',
			years: [2024]
		});
	});

	it('counts people given as points in the zone each point lies in', () => {
		const inputs: StatisticsInputs = deepFreeze({
			...twoMunicipalities(),
			population: {
				kind: 'points',
				unit: 'address-point',
				source: 'test',
				points: [
					{ position: [500, 500], year: 2024, counts: counts(10, 1, 2, 0) },
					// On the shared border: east, by the nudge-east rule.
					{ position: [1000, 500], year: 2024, counts: counts(20, 0, 5, 3) }
				]
			}
		});
		const [west, east] = createZoneStatistics(inputs)(westEast());
		expect([west!.population.counts.total, east!.population.counts.total]).toEqual([10, 20]);
		expect(east!.population.method).toMatchObject({ kind: 'points', years: [2024] });
	});
});

describe('createZoneStatistics: services and demand', () => {
	const services = () => [
		building(1, 'kindergarten', [500, 500], {
			capacity: 60,
			capacityUnit: 'children',
			users: 55,
			bta: 600
		}),
		// Exactly on the west/east border.
		building(2, 'kindergarten', [1000, 500], {
			capacity: 80,
			capacityUnit: 'children',
			bta: 800,
			sample: true
		}),
		building(3, 'school', [3000, 500], {
			capacity: 450,
			capacityUnit: 'pupils',
			users: 400,
			bta: 5000
		}),
		building(4, 'nursing_home', [3500, 800], { capacity: 40, capacityUnit: 'places', bta: 4000 }),
		building(5, 'housing', [200, 200], { bta: 1000 }),
		building(6, 'kindergarten', [3900, 100], { capacityUnit: 'children', bta: 300 })
	];

	it('counts a building on a shared border in exactly one zone', () => {
		const rows = createZoneStatistics(twoMunicipalities(services()))(westEast());
		const kindergartens = rows.map(
			(r) => r.services.find((s) => s.category === 'kindergarten')?.count ?? 0
		);
		expect(kindergartens).toEqual([1, 2]);
	});

	it('sums capacity per category and unit, leaving unknown capacity out and counted', () => {
		const [, east] = createZoneStatistics(twoMunicipalities(services()))(westEast());
		expect(east!.services.map((s) => s.category)).toEqual([
			'school',
			'kindergarten',
			'nursing_home'
		]);
		expect(east!.services.find((s) => s.category === 'kindergarten')).toEqual({
			category: 'kindergarten',
			count: 2,
			bta: 1100,
			btaMissing: 0,
			byUnit: [{ unit: 'children', buildings: 2, capacity: 80, users: 0, capacityMissing: 1 }],
			withoutUnit: 0
		});
		expect(east!.sampleBuildings).toBe(1);
	});

	it('compares places with the age band they serve, with a surplus or shortfall where a norm is set', () => {
		const [west, east] = createZoneStatistics(twoMunicipalities(services()))(westEast());
		const kindergartenWest = west!.demand[0]!;
		expect(kindergartenWest).toMatchObject({
			service: 'kindergarten',
			places: 60,
			demand: 50,
			balance: 10
		});
		expect(kindergartenWest.coverage).toEqual({ ok: true, value: 1.2 });
		expect(
			east!.demand.map((d) => [d.service, d.places, d.demand, d.balance, d.uncounted])
		).toEqual([
			['kindergarten', 80, 350, -270, 1],
			['school', 450, 500, -50, 0],
			['nursing_home', 40, 175, null, 0]
		]);
	});

	it('divides formålsbygg BTA by the estimated population, leaving housing out', () => {
		// West: 600 m² of kindergarten (not the 1 000 m² of housing) for 500 people.
		// East: 800 + 300 + 5 000 + 4 000 = 10 100 m² for 3 500 people.
		const [west, east] = createZoneStatistics(twoMunicipalities(services()))(westEast());
		expect(west!.btaPerInhabitant).toEqual({ ok: true, value: 1.2 });
		expect(east!.formaalsbyggBta).toBe(10_100);
		expect(east!.btaPerInhabitant).toEqual({ ok: true, value: 10_100 / 3500 });
	});

	it('says the population is missing rather than dividing by zero', () => {
		const inputs: StatisticsInputs = deepFreeze({
			...twoMunicipalities(services()),
			population: { kind: 'areas', unit: 'old-municipality', source: 'SSB 07459', areas: [] }
		});
		const [west] = createZoneStatistics(inputs)(westEast());
		expect([west!.btaPerInhabitant, west!.demand[0]!.coverage]).toEqual([
			{ ok: false, reason: 'no-population' },
			{ ok: false, reason: 'no-population' }
		]);
	});
});

describe('createZoneStatistics: border rule on a real partition', () => {
	it('counts every inner vertex of a 50-zone Voronoi partition exactly once', () => {
		const { zones } = voronoiPartition({ seed: 7, count: 50, size: 20_000, step: 400 });
		const [ox, oy] = [570_000, 6_610_000];
		const inner = new Map<string, [number, number]>();
		for (const zone of zones) {
			for (const [x, y] of outerRing(zone) as [number, number][]) {
				// Points on the outer boundary's east and north sides have no zone to nudge into.
				if (x > ox && x < ox + 20_000 && y > oy && y < oy + 20_000) inner.set(`${x},${y}`, [x, y]);
			}
		}
		const services = [...inner.values()].map((p, i) => building(i, 'culture', p));
		const statistics = createZoneStatistics({ ...twoMunicipalities(services), services });
		const counted = statistics(zones).reduce((sum, r) => sum + (r.services[0]?.count ?? 0), 0);
		expect(inner.size).toBeGreaterThan(500);
		expect(counted).toBe(inner.size);
	});
});

describe('createZoneStatistics: caching', () => {
	it('returns the identical object for a zone whose geometry did not change', () => {
		const statistics = createZoneStatistics(twoMunicipalities());
		const zones = westEast();
		const first = statistics(zones);
		const second = statistics([...zones]);
		expect(second[0]).toBe(first[0]);
		expect(second[1]).toBe(first[1]);
	});

	it('recomputes only the zones a vertex move changed', () => {
		const statistics = createZoneStatistics(twoMunicipalities());
		const zones = [...westEast(), makeZone('far', rect(5000, 0, 6000, 1000))];
		const before = statistics(zones);
		const moved = moveSharedVertex(zones, [1000, 1000], [1500, 1000]).zones;
		const after = statistics(moved);
		expect(after[2]).toBe(before[2]);
		expect(after[0]).not.toBe(before[0]);
		// The border now runs from (1 000, 0) to (1 500, 1 000): west gains 250 000 m².
		expect([after[0]!.area, after[1]!.area]).toEqual([1_250_000, 2_750_000]);
	});

	it('keeps the figures of a renamed zone and gives it the new name', () => {
		const statistics = createZoneStatistics(twoMunicipalities());
		const zones = westEast();
		const [west] = statistics(zones);
		const [renamed] = statistics([{ ...zones[0]!, name: 'Vest' }, zones[1]!]);
		expect(renamed).not.toBe(west);
		expect({ name: renamed!.name, population: renamed!.population }).toEqual({
			name: 'Vest',
			population: west!.population
		});
	});
});
