import { describe, expect, it } from 'vitest';
import { selectBenchmarks } from './benchmarks';
import { DEFAULT_BENCHMARKS } from './default-benchmarks';

describe('DEFAULT_BENCHMARKS', () => {
	it('has unique ids and positive values', () => {
		const ids = DEFAULT_BENCHMARKS.map((b) => b.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(DEFAULT_BENCHMARKS.every((b) => b.value > 0)).toBe(true);
	});

	it('carries the KOSTRA school and kindergarten figures from the CSV, flagged as uncertain years', () => {
		const school = selectBenchmarks(
			{ indicator: 'bta_per_user', category: 'school', unit: 'pupils' },
			DEFAULT_BENCHMARKS
		);
		const kindergarten = selectBenchmarks(
			{ indicator: 'bta_per_user', category: 'kindergarten', unit: 'children' },
			DEFAULT_BENCHMARKS
		);
		expect(school.map((b) => [b.year, b.value])).toEqual([
			[2009, 17.8],
			[2008, 17.6]
		]);
		expect(kindergarten.map((b) => [b.year, b.value])).toEqual([
			[2009, 9.0],
			[2008, 8.6]
		]);
		expect([...school, ...kindergarten].every((b) => b.yearNote !== null)).toBe(true);
	});

	it('marks the 2024 per-inhabitant figure as derived, next to the official 4.7', () => {
		const perInhabitant = selectBenchmarks(
			{ indicator: 'bta_per_inhabitant', category: null, unit: 'inhabitants' },
			DEFAULT_BENCHMARKS
		);
		expect(perInhabitant.map((b) => [b.year, b.value])).toEqual([
			[2024, 4.87],
			[2009, 4.7]
		]);
		// The CSV: "derived here, not an official KOSTRA value".
		expect(perInhabitant[0]?.note).toMatch(/^DERIVED/);
	});

	it('labels own targets as examples for the property team', () => {
		const targets = DEFAULT_BENCHMARKS.filter((b) => b.kind === 'target');
		expect(targets.map((b) => `${b.category} ${b.indicator}`).sort()).toEqual([
			'administration bta_per_capacity',
			'kindergarten utilisation',
			'nursing_home bta_per_capacity',
			'nursing_home utilisation',
			'school utilisation'
		]);
		expect(
			targets.every((b) => b.source === 'Eksempel på eget mål – endres av eiendomsteamet')
		).toBe(true);
	});

	it('cannot be changed by a caller', () => {
		expect(Object.isFrozen(DEFAULT_BENCHMARKS) && Object.isFrozen(DEFAULT_BENCHMARKS[0])).toBe(
			true
		);
	});
});
