/*
 * Test support: how long the CI fuzz tests run. The seed is fixed so a CI run is repeatable;
 * fast-check prints seed and path on failure for replay. bench/fuzz.bench.ts runs the same
 * properties with a random seed and many more inputs.
 */

/** The fast-check seed of every *.fuzz.test.ts. */
export const FUZZ_SEED = 7_0707;

/** Runs per generator: mutated real files cost most (large samples parse in ~100 ms). */
const RUNS: Record<string, number> = { random: 300, structured: 200, mutated: 120 };

/**
 * How many inputs a CI fuzz test tries from one generator, scaled by `factor` for readers
 * that are slower per input.
 * @example fuzzRuns('random') // 300
 */
export function fuzzRuns(generator: string, factor = 1): number {
	return Math.max(10, Math.round((RUNS[generator] ?? 100) * factor));
}
