import { describe, expect, it } from 'vitest';
import { makeZone, rect } from '../fixtures/build';
import { building, twoMunicipalities } from './fixtures';
import { totalStatistics } from './total-statistics';
import { createZoneStatistics } from './zone-statistics';

describe('totalStatistics', () => {
	it('sums the zones and recomputes the ratios from the sums', () => {
		const services = [
			building(1, 'kindergarten', [500, 500], { capacity: 60, capacityUnit: 'children', bta: 600 }),
			building(2, 'kindergarten', [3000, 500], { capacity: 80, capacityUnit: 'children', bta: 800 })
		];
		const rows = createZoneStatistics(twoMunicipalities(services))([
			makeZone('west', rect(0, 0, 1000, 1000)),
			makeZone('east', rect(1000, 0, 4000, 1000))
		]);
		const total = totalStatistics(rows)!;
		expect(total.area).toBe(4_000_000);
		expect(total.oldMunicipalities.map((m) => [m.number, m.area, m.fraction])).toEqual([
			['0220', 2_000_000, 0.5],
			['0627', 2_000_000, 0.5]
		]);
		expect(total.population.counts.total).toBe(4000);
		// 140 places for 400 children aged 1–5; 1 400 m² for 4 000 people.
		expect(total.demand[0]).toMatchObject({ places: 140, demand: 400, balance: -260 });
		expect(total.btaPerInhabitant).toEqual({ ok: true, value: 0.35 });
	});

	it('is null for a proposal without zones', () => {
		expect(totalStatistics([])).toBeNull();
	});
});
