import fc from 'fast-check';
import { applyMutations, mutationRecipes } from './mutate-bytes';

/*
 * Test support for the fuzz tests: one input file for a reader, printed by fast-check as the
 * recipe that made it (not as its bytes), so a counterexample stays readable.
 */

/** One input for a file reader. */
export interface FuzzCase {
	fileName: string;
	bytes: Uint8Array;
	/** How the input was made: generator and recipe, short. */
	how: string;
}

/** A named file whose bytes seed the mutation generators. */
export interface SeedFile {
	name: string;
	bytes: Uint8Array;
}

/**
 * Wraps bytes as a FuzzCase that prints as its recipe.
 * @example fuzzCase('a.sos', bytes, 'random bytes').how
 */
export function fuzzCase(fileName: string, bytes: Uint8Array, how: string): FuzzCase {
	const shown = how.length > 1500 ? `${how.slice(0, 1500)}…` : how;
	return {
		fileName,
		bytes,
		how,
		[fc.toStringMethod]: () => `${fileName} (${bytes.length} bytes) ← ${shown}`
	} as FuzzCase;
}

/**
 * Seed files with one to four mutations each (byte flips, truncation, lines duplicated,
 * deleted or swapped, numbers replaced or swapped, nasty text inserted, recoding).
 * @example fc.sample(mutatedCases([{ name: 'a.sos', bytes }]), 1)[0].fileName // 'a.sos'
 */
export function mutatedCases(seeds: readonly SeedFile[]): fc.Arbitrary<FuzzCase> {
	return mutationRecipes(seeds.length).map((recipe) => {
		const seed = seeds[recipe.seed]!;
		return fuzzCase(
			seed.name,
			applyMutations(seed.bytes, recipe.mutations),
			`mutated ${seed.name}: ${JSON.stringify(recipe.mutations)}`
		);
	});
}

/**
 * Random bytes and random text (ASCII, full Unicode, or a format's own alphabet), under one
 * of the given file names.
 * @example fc.sample(randomCases(['x.sos'], '.:0123456789 \n'), 1)[0].bytes
 */
export function randomCases(
	fileNames: readonly string[],
	alphabet: string
): fc.Arbitrary<FuzzCase> {
	const name = fc.constantFrom(...fileNames);
	const encode = (text: string) => new TextEncoder().encode(text);
	return fc.oneof(
		fc
			.tuple(name, fc.uint8Array({ maxLength: 2048 }))
			.map(([n, bytes]) => fuzzCase(n, bytes, `random bytes ${JSON.stringify([...bytes])}`)),
		fc
			.tuple(name, fc.string({ unit: 'grapheme', maxLength: 512 }))
			.map(([n, text]) => fuzzCase(n, encode(text), `random text ${JSON.stringify(text)}`)),
		fc
			.tuple(name, fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 1024 }))
			.map(([n, text]) => fuzzCase(n, encode(text), `random format text ${JSON.stringify(text)}`))
	);
}
