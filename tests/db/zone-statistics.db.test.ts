import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '$lib/server/db/handle';
import { readTerritories } from '$lib/server/plans/read-territories';
import { GEODATA, seedAll } from '$lib/server/seed';
import { readStatisticsInputs } from '$lib/server/zones/statistics-inputs';
import { totalStatistics } from '$lib/zones/statistics/total-statistics';
import type { StatisticsInputs } from '$lib/zones/statistics/types';
import { createZoneStatistics } from '$lib/zones/statistics/zone-statistics';
import { backends } from '../helpers/backends';

/** The newest year's total per municipality in the shipped SSB 07459 file. */
function newestTotals(numbers: string[]): Record<string, { year: number; total: number }> {
	const lines = readFileSync(GEODATA.population, 'utf8').trim().split('\n').slice(1);
	const out: Record<string, { year: number; total: number }> = {};
	for (const line of lines) {
		const [number, , year, total] = line.split(',');
		if (!numbers.includes(number!)) continue;
		if (!out[number!] || out[number!]!.year < Number(year)) {
			out[number!] = { year: Number(year), total: Number(total) };
		}
	}
	return out;
}

const registerSize = (): number =>
	(JSON.parse(readFileSync(GEODATA.buildings, 'utf8')) as { features: unknown[] }).features.length;

describe.each(backends)('zone statistics inputs on $name', (backend) => {
	let handle: DatabaseHandle;
	let inputs: StatisticsInputs;
	beforeAll(async () => {
		handle = await backend.open();
		await seedAll(handle.db);
		inputs = await readStatisticsInputs(handle.db);
	});
	afterAll(() => handle?.close());

	it('reads the three old municipalities with their newest population count', () => {
		const numbers = inputs.oldMunicipalities.map((m) => m.number);
		expect(numbers).toEqual(['0220', '0627', '0628']);
		const expected = newestTotals(numbers);
		if (inputs.population.kind !== 'areas') throw new Error('expected area population');
		const read = Object.fromEntries(
			inputs.population.areas.map((a) => [a.id, { year: a.year, total: a.counts.total }])
		);
		expect(read).toEqual(expected);
		// SOURCE.md's reference figures for 1.1.2019.
		expect(read).toEqual({
			'0220': { year: 2019, total: 61_523 },
			'0627': { year: 2019, total: 22_635 },
			'0628': { year: 2019, total: 9_521 }
		});
	});

	it('reads every building in the register at its EPSG:25832 position', () => {
		expect(inputs.services).toHaveLength(registerSize());
		const outside = inputs.services.filter(
			({ position: [x, y] }) => x < 540_000 || x > 620_000 || y < 6_580_000 || y > 6_660_000
		);
		expect(outside).toEqual([]);
	});

	it('gives the whole municipality every inhabitant and every building as one zone', async () => {
		const { merged } = await readTerritories(handle.db);
		const rows = createZoneStatistics(inputs)([
			{ id: 'all', name: 'Hele kommunen', geometry: merged.geometry }
		]);
		const total = totalStatistics(rows)!;
		// Apportioning keeps every person: 61 523 + 22 635 + 9 521, up to overlay rounding.
		expect(total.population.counts.total).toBeCloseTo(93_679, 3);
		const buildings = total.services.reduce((sum, s) => sum + s.count, 0);
		expect(buildings).toBe(inputs.services.length);
		expect(total.oldMunicipalities.reduce((sum, m) => sum + m.fraction, 0)).toBeCloseTo(1, 6);
	});
});
