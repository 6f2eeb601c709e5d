/**
 * A seeded pseudo-random stream for sample data. Each building gets its own stream, seeded
 * from its building number, so adding or removing one building leaves every other building's
 * attributes unchanged.
 */
export interface Random {
	/** Uniform in [0, 1). */
	next(): number;
	/** Uniform in [min, max). */
	uniform(min: number, max: number): number;
	/** Uniform integer in [min, max], both ends included. */
	int(min: number, max: number): number;
	/** True with probability p. */
	chance(p: number): boolean;
	/** One element of a non-empty list. */
	pick<T>(items: readonly T[]): T;
	/** An index drawn with probability proportional to its weight. */
	weighted(weights: readonly number[]): number;
}

/**
 * 32-bit FNV-1a hash of a string's UTF-16 code units: a stable seed from any text.
 * @example hashString('a') // 3826002220
 */
export function hashString(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit state generator, fast and good enough
 * for sample data, identical on every JavaScript engine because it uses only integer maths.
 * @example mulberry32(1)() // 0.6270739405881613
 */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * A random stream seeded from a text key (a building number plus a purpose).
 * @example createRandom('950100001:attributes').int(1, 6)
 */
export function createRandom(key: string): Random {
	const next = mulberry32(hashString(key));
	const random: Random = {
		next,
		uniform: (min, max) => min + (max - min) * next(),
		int: (min, max) => min + Math.floor((max - min + 1) * next()),
		chance: (p) => next() < p,
		pick: (items) => {
			if (items.length === 0) throw new RangeError('pick from an empty list');
			return items[Math.floor(items.length * next())] as (typeof items)[number];
		},
		weighted: (weights) => {
			const total = weights.reduce((sum, w) => sum + w, 0);
			let r = next() * total;
			for (let i = 0; i < weights.length; i++) {
				r -= weights[i] as number;
				if (r < 0) return i;
			}
			return weights.length - 1;
		}
	};
	return random;
}
