import { describe, expect, it } from 'vitest';
import { DEFAULT_BENCHMARKS } from './default-benchmarks';
import { efficiencyOverview, type OverviewInput } from './overview';
import { efficiencyReportRows, REPORT_HEADERS } from './report-table';

const building = (overrides: Partial<OverviewInput>): OverviewInput => ({
	category: 'school',
	municipality: '0627',
	bta: 4000,
	capacity: 250,
	capacityUnit: 'pupils',
	users: 200,
	maintenanceBacklog: 1_000_000,
	annualFdvuCost: 500_000,
	value: null,
	...overrides
});

describe('efficiencyReportRows', () => {
	const overview = efficiencyOverview(
		[
			building({}),
			building({ category: 'culture', capacity: null, capacityUnit: null, users: null })
		],
		{ '0627': 22635, new: 94441 }
	);
	const rows = efficiencyReportRows(overview, DEFAULT_BENCHMARKS);
	const cell = (r: (string | number | null)[], header: string) => r[REPORT_HEADERS.indexOf(header)];

	it('writes one row per category and area with the figures and the national norm', () => {
		const royken = rows.find((r) => r[0] === 'Skole' && r[1] === 'Røyken')!;
		expect(royken).toHaveLength(REPORT_HEADERS.length);
		// 4 000 m² / 200 pupils = 20; KOSTRA 17.8 (2009?) → +12.4 %.
		expect(cell(royken, 'm² BTA per bruker')).toBe(20);
		expect(cell(royken, 'Normtall m² per bruker')).toBe(17.8);
		expect(cell(royken, 'Avvik m² per bruker (%)')).toBe(12.4);
		expect(cell(royken, 'Utnyttelse (brukere/kapasitet)')).toBe(0.8);
	});

	it('writes "kan ikke beregnes" with the reason where a figure is missing', () => {
		const culture = rows.find((r) => r[0] === 'Kultur' && r[1] === 'Røyken')!;
		expect(cell(culture, 'm² BTA per bruker')).toBe('kan ikke beregnes (mangler antall brukere)');
	});

	it('ends with formålsbygg per inhabitant for each area', () => {
		const total = rows.find((r) => r[0] === 'Alle formålsbygg' && r[1] === 'Nye Asker')!;
		expect(cell(total, 'm² BTA per innbygger')).toBe(Math.round((8000 / 94441) * 100) / 100);
	});
});
