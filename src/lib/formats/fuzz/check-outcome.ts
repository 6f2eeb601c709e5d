import { PlanbordError } from '../../errors';

/*
 * Test support for the fuzz tests (*.fuzz.test.ts) and bench/fuzz.bench.ts: how one call of a
 * reader on one input ended, and how long it took.
 */

/** No single input may keep a reader busier than this (issue 7 item 7). */
export const TIME_BOUND_MS = 2_000;

/** Data, a clear error (a PlanbordError with a reason), or a finding (anything else). */
export type Outcome =
	| { kind: 'data'; ms: number }
	| { kind: 'error'; ms: number; reason: string }
	| { kind: 'finding'; ms: number; error: unknown };

/**
 * Runs one reader call and classifies how it ended. `check` may throw to say that the data
 * returned is wrong; that is a finding too.
 * @example (await runCase(() => parseSosi(bytes))).kind // 'data' | 'error' | 'finding'
 */
export async function runCase<T>(
	call: () => T | Promise<T>,
	check: (result: T) => void = () => {}
): Promise<Outcome> {
	const start = performance.now();
	try {
		const result = await call();
		const ms = performance.now() - start;
		check(result);
		return { kind: 'data', ms };
	} catch (error) {
		const ms = performance.now() - start;
		if (error instanceof PlanbordError && typeof error.reason === 'string' && error.reason) {
			return { kind: 'error', ms, reason: error.reason };
		}
		return { kind: 'finding', ms, error };
	}
}

/**
 * Throws, describing the problem, when an outcome breaks the property: a finding, or a call
 * slower than TIME_BOUND_MS. fast-check then shrinks the input and prints seed and path.
 * @example assertClearOutcome(await runCase(() => parseSosi(bytes)))
 */
export function assertClearOutcome(outcome: Outcome): void {
	if (outcome.kind === 'finding') {
		const error = outcome.error;
		const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
		throw new Error(`not a PlanbordError: ${text}`, { cause: error });
	}
	if (outcome.ms > TIME_BOUND_MS) {
		throw new Error(`took ${outcome.ms.toFixed(0)} ms (bound ${TIME_BOUND_MS} ms)`);
	}
}
