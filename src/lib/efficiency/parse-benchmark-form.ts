import { BUILDING_CATEGORIES, CAPACITY_UNITS } from '../buildings/types';
import { BENCHMARK_INDICATORS, BENCHMARK_KINDS, type Benchmark } from './benchmarks';

/** The benchmark's editable fields as a form sends them: all text, validated here. */
export type BenchmarkForm = Partial<
	Record<
		'indicator' | 'category' | 'unit' | 'value' | 'kind' | 'source' | 'sourceUrl' | 'year' | 'note',
		string
	>
>;

export type BenchmarkProblems = Partial<Record<keyof BenchmarkForm, string>>;

/**
 * Checks a benchmark form: the values a team member typed (decimal comma allowed), or a
 * bokmål message per field. A benchmark must say where it comes from, so source is required.
 */
export function parseBenchmarkForm(
	form: BenchmarkForm
):
	| { ok: true; value: Omit<Benchmark, 'id' | 'yearNote'> }
	| { ok: false; problems: BenchmarkProblems } {
	const problems: BenchmarkProblems = {};
	const text = (key: keyof BenchmarkForm) => (form[key] ?? '').trim();
	const indicator = text('indicator');
	if (!(BENCHMARK_INDICATORS as readonly string[]).includes(indicator))
		problems.indicator = 'Velg en indikator';
	const category = text('category');
	if (category && !(BUILDING_CATEGORIES as readonly string[]).includes(category))
		problems.category = 'Ukjent kategori';
	const unit = text('unit');
	if (!([...CAPACITY_UNITS, 'inhabitants'] as string[]).includes(unit))
		problems.unit = 'Velg en enhet';
	if (indicator === 'bta_per_inhabitant' && unit !== 'inhabitants')
		problems.unit = 'm² per innbygger har enheten innbyggere';
	const value = Number(text('value').replace(/\s/g, '').replace(',', '.'));
	if (!text('value') || !Number.isFinite(value) || value <= 0)
		problems.value = 'Verdien må være et tall større enn 0';
	const kind = text('kind');
	if (!(BENCHMARK_KINDS as readonly string[]).includes(kind)) problems.kind = 'Velg type';
	const source = text('source');
	if (!source) problems.source = 'Oppgi kilden';
	const yearText = text('year');
	const year = yearText ? Number(yearText) : null;
	if (year !== null && (!Number.isInteger(year) || year < 1990 || year > 2100))
		problems.year = 'Årstall mellom 1990 og 2100';
	if (Object.keys(problems).length > 0) return { ok: false, problems };
	return {
		ok: true,
		value: {
			indicator: indicator as Benchmark['indicator'],
			category: (category || null) as Benchmark['category'],
			unit: unit as Benchmark['unit'],
			value,
			kind: kind as Benchmark['kind'],
			source,
			sourceUrl: text('sourceUrl') || null,
			year,
			note: text('note') || null
		}
	};
}
