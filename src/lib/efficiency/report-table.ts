import type { BuildingCategory } from '../buildings/types';
import { CATEGORY_LABEL, MUNICIPALITY_NAME, UNIT_LABEL } from '../i18n/buildings';
import { RATIO_REASON_TEXT } from '../i18n/efficiency';
import type { CoveredRatio, GroupFigures } from './aggregate';
import {
	compareWithBenchmark,
	selectBenchmarks,
	type Benchmark,
	type BenchmarkIndicator
} from './benchmarks';
import type { AreaKey, EfficiencyOverview } from './overview';
import { AREA_KEYS } from './overview';

type Cell = string | number | null;

export const REPORT_HEADERS = [
	'Kategori',
	'Kommune',
	'Antall bygg',
	'BTA sum (m²)',
	'Enhet',
	'Kapasitet sum',
	'Brukere sum',
	'm² BTA per bruker',
	'Normtall m² per bruker',
	'Avvik m² per bruker (%)',
	'm² BTA per kapasitetsenhet',
	'Normtall m² per kapasitetsenhet',
	'Avvik m² per kapasitetsenhet (%)',
	'Utnyttelse (brukere/kapasitet)',
	'm² BTA per innbygger',
	'Normtall m² per innbygger',
	'Vedlikeholdsetterslep sum (kr)',
	'FDVU-kostnad sum (kr/år)',
	'Normtallkilder'
];

/**
 * The efficiency report as rows for XLSX/CSV: one row per category and area (Asker,
 * Røyken, Hurum, Nye Asker) and one "Alle formålsbygg" row per area. Figures that cannot
 * be computed are written as "kan ikke beregnes (…)", never as 0 or blank.
 */
export function efficiencyReportRows(
	overview: EfficiencyOverview,
	benchmarks: readonly Benchmark[]
): Cell[][] {
	const rows: Cell[][] = [];
	for (const { category, areas } of overview.byCategory) {
		for (const area of AREA_KEYS) {
			const figures = areas.get(area);
			if (figures) rows.push(row(CATEGORY_LABEL[category], area, figures, category, benchmarks));
		}
	}
	for (const area of AREA_KEYS) {
		const figures = overview.total.get(area);
		if (figures) rows.push(row('Alle formålsbygg', area, figures, null, benchmarks));
	}
	return rows;
}

function row(
	label: string,
	area: AreaKey,
	figures: GroupFigures<string>,
	category: BuildingCategory | null,
	benchmarks: readonly Benchmark[]
): Cell[] {
	const unit = figures.units.length === 1 ? figures.units[0]! : null;
	const used: Benchmark[] = [];
	const norm = (indicator: BenchmarkIndicator) => {
		if (!category || !unit) return undefined;
		const found = selectBenchmarks({ indicator, category, unit }, benchmarks)[0];
		if (found) used.push(found);
		return found;
	};
	const perUser = norm('bta_per_user');
	const perCapacity = norm('bta_per_capacity');
	const perInhabitant = category
		? undefined
		: selectBenchmarks(
				{ indicator: 'bta_per_inhabitant', category: null, unit: 'inhabitants' },
				benchmarks
			)[0];
	if (perInhabitant) used.push(perInhabitant);
	const unitFigures = figures.byUnit.find((u) => u.unit === unit);
	return [
		label,
		area === 'new' ? 'Nye Asker' : MUNICIPALITY_NAME[area],
		figures.count,
		round(figures.bta.total),
		unit ? UNIT_LABEL[unit] : figures.units.length > 1 ? 'flere' : null,
		unitFigures ? unitFigures.btaPerCapacity.denominator : null,
		unitFigures ? unitFigures.btaPerUser.denominator : null,
		ratioCell(figures.btaPerUser),
		perUser?.value ?? null,
		deviationCell(figures.btaPerUser, perUser),
		ratioCell(figures.btaPerCapacity),
		perCapacity?.value ?? null,
		deviationCell(figures.btaPerCapacity, perCapacity),
		ratioCell(figures.utilisation, 3),
		category ? null : ratioCell(figures.btaPerInhabitant),
		perInhabitant?.value ?? null,
		figures.maintenanceBacklog.total,
		figures.annualFdvuCost.total,
		used
			.map((b) => `${b.source}${b.year ? ` (${b.year}${b.yearNote ? '?' : ''})` : ''}`)
			.join('; ') || null
	];
}

function ratioCell({ ratio }: CoveredRatio, decimals = 2): Cell {
	return ratio.ok
		? round(ratio.value, decimals)
		: `kan ikke beregnes (${RATIO_REASON_TEXT[ratio.reason]})`;
}

function deviationCell({ ratio }: CoveredRatio, benchmark: Benchmark | undefined): Cell {
	if (!benchmark) return null;
	const comparison = compareWithBenchmark(ratio, benchmark);
	return comparison.ok ? round(comparison.deviationPercent, 1) : null;
}

const round = (value: number, decimals = 2) => Math.round(value * 10 ** decimals) / 10 ** decimals;
