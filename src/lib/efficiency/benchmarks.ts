import type { BuildingCategory, CapacityUnit } from '../buildings/types';
import type { Ratio, RatioReason } from './ratio';

/** Which key figure a benchmark is a norm for (the figures of area-per-unit and aggregate). */
export const BENCHMARK_INDICATORS = [
	'bta_per_capacity',
	'bta_per_user',
	'utilisation',
	'bta_per_inhabitant'
] as const;
export type BenchmarkIndicator = (typeof BENCHMARK_INDICATORS)[number];

/** What the figure is counted per: a capacity unit, or inhabitants. */
export type BenchmarkUnit = CapacityUnit | 'inhabitants';

export const BENCHMARK_KINDS = ['national', 'comparable', 'target'] as const;
export type BenchmarkKind = (typeof BENCHMARK_KINDS)[number];

/**
 * A norm value with its source, as stored in the `benchmarks` table (`id` is its stable
 * `key`). `category` null means the figure covers all buildings it applies to, such as
 * KOSTRA's formålsbygg per inhabitant; it is not a wildcard.
 */
export interface Benchmark {
	id: string;
	indicator: BenchmarkIndicator;
	category: BuildingCategory | null;
	unit: BenchmarkUnit;
	value: number;
	kind: BenchmarkKind;
	source: string;
	sourceUrl: string | null;
	year: number | null;
	/** Set when the year is uncertain, e.g. an unlabelled column in the source table. */
	yearNote: string | null;
	note: string | null;
}

/** The figure a benchmark is looked up for. */
export interface BenchmarkFigure {
	indicator: BenchmarkIndicator;
	category: BuildingCategory | null;
	unit: BenchmarkUnit;
}

export type Comparison =
	| {
			ok: true;
			value: number;
			benchmark: number;
			/** value − benchmark, in the figure's own unit (m² per pupil …). */
			deviation: number;
			/** deviation as a percentage of the benchmark; +10 means 10 % above. */
			deviationPercent: number;
	  }
	| { ok: false; reason: RatioReason | 'invalid-benchmark' };

/**
 * How far a figure lies from a benchmark. A figure that could not be computed stays
 * not-ok with its own reason; a benchmark value of 0 or less cannot give a percentage.
 * @example compareWithBenchmark({ ok: true, value: 22 }, kostraSchool) // deviation 4.2, +23.6 %
 */
export function compareWithBenchmark(
	ratio: Ratio,
	benchmark: Pick<Benchmark, 'value'>
): Comparison {
	if (!ratio.ok) return ratio;
	const norm = benchmark.value;
	if (!Number.isFinite(norm) || norm <= 0) return { ok: false, reason: 'invalid-benchmark' };
	const deviation = ratio.value - norm;
	return {
		ok: true,
		value: ratio.value,
		benchmark: norm,
		deviation,
		deviationPercent: (deviation / norm) * 100
	};
}

/**
 * The benchmarks for a figure: same indicator, unit and category (null only matches null,
 * so school m² per inhabitant is never held against all formålsbygg per inhabitant).
 * Ordered national → comparable → target, then newest year first (unknown year last), then id.
 * @example selectBenchmarks({ indicator: 'bta_per_user', category: 'school', unit: 'pupils' }, all)
 */
export function selectBenchmarks(
	figure: BenchmarkFigure,
	benchmarks: readonly Benchmark[]
): Benchmark[] {
	return benchmarks
		.filter(
			(b) =>
				b.indicator === figure.indicator && b.unit === figure.unit && b.category === figure.category
		)
		.sort(
			(a, b) =>
				BENCHMARK_KINDS.indexOf(a.kind) - BENCHMARK_KINDS.indexOf(b.kind) ||
				newestFirst(a.year, b.year) ||
				(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
		);
}

function newestFirst(a: number | null, b: number | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return b - a;
}
