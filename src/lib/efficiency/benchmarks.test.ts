import { describe, expect, it } from 'vitest';
import { compareWithBenchmark, selectBenchmarks, type Benchmark } from './benchmarks';

function benchmark(overrides: Partial<Benchmark> = {}): Benchmark {
	return Object.freeze({
		id: 'b',
		indicator: 'bta_per_user',
		category: 'school',
		unit: 'pupils',
		value: 17.8,
		kind: 'national',
		source: 'test',
		sourceUrl: null,
		year: 2009,
		yearNote: null,
		note: null,
		...overrides
	});
}

describe('compareWithBenchmark', () => {
	it('gives the deviation in the figure’s unit and in percent', () => {
		// 22.25 − 17.8 = 4.45 m² per pupil; 4.45 / 17.8 = 25 %
		const comparison = compareWithBenchmark({ ok: true, value: 22.25 }, benchmark());
		expect(comparison.ok).toBe(true);
		if (!comparison.ok) return;
		expect(comparison.deviation).toBeCloseTo(4.45, 10);
		expect(comparison.deviationPercent).toBeCloseTo(25, 10);
	});

	it('gives a negative deviation below the benchmark', () => {
		// 8 − 10 = −2; −2 / 10 = −20 %
		const comparison = compareWithBenchmark({ ok: true, value: 8 }, benchmark({ value: 10 }));
		expect(comparison).toEqual({
			ok: true,
			value: 8,
			benchmark: 10,
			deviation: -2,
			deviationPercent: -20
		});
	});

	it('passes a figure that could not be computed through with its reason', () => {
		expect(compareWithBenchmark({ ok: false, reason: 'no-users' }, benchmark())).toEqual({
			ok: false,
			reason: 'no-users'
		});
	});

	it('refuses a zero benchmark instead of dividing by it', () => {
		expect(compareWithBenchmark({ ok: true, value: 5 }, benchmark({ value: 0 }))).toEqual({
			ok: false,
			reason: 'invalid-benchmark'
		});
	});
});

describe('selectBenchmarks', () => {
	const all = (): Benchmark[] => [
		benchmark({ id: 'target', kind: 'target', year: null }),
		benchmark({ id: 'old', year: 2008 }),
		benchmark({ id: 'new', year: 2009 }),
		benchmark({ id: 'per-place', indicator: 'bta_per_capacity' }),
		benchmark({ id: 'kindergarten', category: 'kindergarten', unit: 'children' }),
		benchmark({ id: 'all-buildings', indicator: 'bta_per_inhabitant', category: null })
	];

	it('keeps matching indicator, unit and category, national first and newest first', () => {
		const picked = selectBenchmarks(
			{ indicator: 'bta_per_user', category: 'school', unit: 'pupils' },
			all()
		);
		expect(picked.map((b) => b.id)).toEqual(['new', 'old', 'target']);
	});

	it('does not apply an all-buildings benchmark to one category', () => {
		const picked = selectBenchmarks(
			{ indicator: 'bta_per_inhabitant', category: 'school', unit: 'inhabitants' },
			all()
		);
		expect(picked).toEqual([]);
	});

	it('does not reorder the caller’s array', () => {
		const benchmarks = all();
		const ids = benchmarks.map((b) => b.id);
		selectBenchmarks({ indicator: 'bta_per_user', category: 'school', unit: 'pupils' }, benchmarks);
		expect(benchmarks.map((b) => b.id)).toEqual(ids);
	});
});
