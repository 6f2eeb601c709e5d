import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertClearOutcome } from './check-outcome';
import { FUZZ_SEED, fuzzRuns } from './fuzz-settings';
import type { FuzzTarget } from './targets';

/**
 * Test support: one vitest test per generator of a fuzz target, asserting the property
 * (data or a PlanbordError with a reason, each call within the time bound) with the fixed
 * CI seed. `factor` scales the run counts for slow readers.
 * @example describeFuzz(sosiTarget(seeds))
 */
export function describeFuzz<I>(target: FuzzTarget<I>, factor = 1): void {
	describe.each(target.generators)(`${target.name} fuzz: $name inputs`, ({ name, inputs }) => {
		it('returns data or a PlanbordError, each within the time bound', async () => {
			await fc.assert(
				fc.asyncProperty(inputs, async (input) => {
					const outcome = await target.run(input);
					assertClearOutcome(outcome);
					expect(outcome.kind).not.toBe('finding');
				}),
				{ seed: FUZZ_SEED, numRuns: fuzzRuns(name, factor) }
			);
			// Hundreds of inputs: vitest's 5 s default is too short on a busy 2-CPU machine.
		}, 60_000);
	});
}
