import type { PopulationCounts } from './types';

const KEYS = [
	'total',
	'age0',
	'age1To5',
	'age6To15',
	'age16To66',
	'age67To79',
	'age80Plus'
] as const satisfies ReadonlyArray<keyof PopulationCounts>;

/** No people: the start of a sum. */
export function emptyCounts(): PopulationCounts {
	return { total: 0, age0: 0, age1To5: 0, age6To15: 0, age16To66: 0, age67To79: 0, age80Plus: 0 };
}

/**
 * Adds `factor` × `counts` into `sum` (mutating the sum, which the caller owns).
 * @example addCounts(sum, municipality.counts, 0.25) // a quarter of its people
 */
export function addCounts(sum: PopulationCounts, counts: PopulationCounts, factor = 1): void {
	for (const key of KEYS) sum[key] += counts[key] * factor;
}
