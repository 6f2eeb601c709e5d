import type { ChartBar } from '$lib/components/charts/bar-layout';
import type { CoveredRatio } from '$lib/efficiency/aggregate';
import type { Benchmark, Comparison } from '$lib/efficiency/benchmarks';
import type { GradeKey } from '$lib/efficiency/dashboard-data';
import type { AreaKey } from '$lib/efficiency/overview';
import { MUNICIPALITY_NAME } from '$lib/i18n/buildings';
import { dashboardUi, notComputableText } from '$lib/i18n/dashboard';
import { BENCHMARK_KIND_LABEL } from '$lib/i18n/efficiency';
import { formatDecimal } from '$lib/i18n/format';
import { registerUi } from '$lib/i18n/register';
import { catalogLayer, themeOf } from '$lib/map/layer-catalog';

/*
 * Names and colours the dashboard's charts share. Colours come from the map's layer catalog,
 * so a municipality or a condition grade has the same colour on the map and in the charts.
 */

export const areaName = (area: AreaKey): string =>
	area === 'new' ? registerUi.newMunicipality : MUNICIPALITY_NAME[area];

const oldLegend = catalogLayer('municipalities-old')?.legend ?? [];
const newLegend = catalogLayer('municipalities-new')?.legend ?? [];
const colourOf = (value: string) => oldLegend.find((e) => e.value === value)?.colour ?? '#888888';

export const AREA_COLOUR: Record<AreaKey, string> = {
	'0220': colourOf('0220'),
	'0627': colourOf('0627'),
	'0628': colourOf('0628'),
	new: newLegend[0]?.colour ?? '#222222'
};

const buildingsLayer = catalogLayer('buildings');
const conditionTheme = buildingsLayer ? themeOf(buildingsLayer, 'condition') : undefined;

/** The map legend's label and colour for each grade, and for "ikke vurdert". */
export const GRADE_STYLE: Record<GradeKey, { label: string; colour: string }> = {
	0: gradeStyle(0),
	1: gradeStyle(1),
	2: gradeStyle(2),
	3: gradeStyle(3),
	none: {
		label: conditionTheme?.missing.label ?? 'Ikke vurdert',
		colour: conditionTheme?.missing.colour ?? '#9e9e9e'
	}
};

function gradeStyle(grade: number): { label: string; colour: string } {
	const entry = conditionTheme?.legend.find((e) => e.from === grade);
	return { label: entry?.label ?? `TG${grade}`, colour: entry?.colour ?? '#888888' };
}

/** One area's ratio as a bar, or the reason it has none. */
export function ratioBar(area: AreaKey, figure: CoveredRatio | null): ChartBar {
	const label = areaName(area);
	if (!figure) return { key: area, label, segments: [], missingText: dashboardUi.noBuildings };
	if (!figure.ratio.ok) {
		return { key: area, label, segments: [], missingText: notComputableText(figure.ratio.reason) };
	}
	const text = formatDecimal(figure.ratio.value);
	const segment = {
		value: figure.ratio.value,
		colour: AREA_COLOUR[area],
		label: `${label}: ${text}`
	};
	return { key: area, label, segments: [segment], valueText: text };
}

/** The benchmark's kind and year, "KOSTRA landet, 2009?" (? when the year is uncertain). */
export function benchmarkOrigin(benchmark: Benchmark): string {
	const kind = BENCHMARK_KIND_LABEL[benchmark.kind];
	return benchmark.year ? `${kind}, ${benchmark.year}${benchmark.yearNote ? '?' : ''}` : kind;
}

/** "+17,3 %" above or "−4,0 %" below the benchmark. */
export function deviationText(comparison: Extract<Comparison, { ok: true }>): string {
	const { deviationPercent: p } = comparison;
	const sign = p > 0 ? '+' : p < 0 ? '−' : '±';
	return `${sign}${formatDecimal(Math.abs(p))} %`;
}
