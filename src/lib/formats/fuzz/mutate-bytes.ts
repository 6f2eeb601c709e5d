import fc from 'fast-check';

/*
 * Test support for the fuzz tests: mutations of real files (the shipped samples and the
 * readers' fixtures), described as small objects so a failing case prints readably and
 * shrinks. Positions are taken modulo the input's length, so one recipe fits any file.
 */

/** Text that breaks readers when it lands in the wrong place. */
const NASTY = [
	'NaN',
	'-NaN',
	'Infinity',
	'-Infinity',
	'1e309',
	'-1e309',
	'1e-400',
	'99999999999999999999999999',
	'-0',
	'0x1F',
	'1,5',
	'',
	'-',
	'.',
	'..',
	'...',
	':',
	'-:',
	'(',
	')',
	'"',
	"'",
	'!',
	'\0',
	'\t',
	'\r',
	'\n',
	'\r\n',
	'\uFEFF',
	'\uFFFD',
	'ø',
	'Æ',
	'{',
	'}',
	'[',
	']',
	',',
	';',
	'<',
	'>',
	'&',
	'&amp;',
	'&lol;',
	'<![CDATA[',
	']]>',
	'<!--',
	'-->',
	'<?xml version="1.0"?>',
	'<!DOCTYPE x [<!ENTITY a "aaaa">]>',
	'.SLUTT',
	'.HODE',
	'.FLATE 1:',
	'.KURVE 1:',
	'..REF :1',
	'..NØ',
	'"type":"FeatureCollection"',
	'null',
	'true',
	'[]',
	'{}'
];

type Mutation =
	| { op: 'flip'; at: number; bit: number }
	| { op: 'set'; at: number; value: number }
	| { op: 'truncate'; at: number }
	| { op: 'insert'; at: number; text: string }
	| { op: 'delete'; at: number; length: number }
	| { op: 'duplicate-line'; line: number; times: number }
	| { op: 'delete-line'; line: number }
	| { op: 'swap-lines'; a: number; b: number }
	| { op: 'number'; which: number; text: string }
	| { op: 'swap-numbers'; which: number }
	| { op: 'recode'; to: 'utf-16le' | 'utf-16be' | 'utf-8-twice' | 'ascii-only' | 'bom' };

const position = fc.nat({ max: 1 << 30 });
const nasty = fc.oneof(
	fc.constantFrom(...NASTY),
	fc.string({ maxLength: 12 }),
	fc.double().map(String)
);

/** One mutation; positions are reduced modulo the input's length when applied. */
const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({ op: fc.constant('flip' as const), at: position, bit: fc.nat({ max: 7 }) }),
	fc.record({ op: fc.constant('set' as const), at: position, value: fc.nat({ max: 255 }) }),
	fc.record({ op: fc.constant('truncate' as const), at: position }),
	fc.record({ op: fc.constant('insert' as const), at: position, text: nasty }),
	fc.record({ op: fc.constant('delete' as const), at: position, length: fc.nat({ max: 64 }) }),
	fc.record({
		op: fc.constant('duplicate-line' as const),
		line: position,
		times: fc.integer({ min: 1, max: 3 })
	}),
	fc.record({ op: fc.constant('delete-line' as const), line: position }),
	fc.record({ op: fc.constant('swap-lines' as const), a: position, b: position }),
	fc.record({ op: fc.constant('number' as const), which: position, text: nasty }),
	fc.record({ op: fc.constant('swap-numbers' as const), which: position }),
	fc.record({
		op: fc.constant('recode' as const),
		to: fc.constantFrom(
			'utf-16le' as const,
			'utf-16be' as const,
			'utf-8-twice' as const,
			'ascii-only' as const,
			'bom' as const
		)
	})
);

/** A seed file (by index into the list given) and one to four mutations of it. */
export interface MutationRecipe {
	seed: number;
	mutations: Mutation[];
}

/**
 * Recipes for mutating one of `count` seed files.
 * @example fc.sample(mutationRecipes(3), 1)[0].mutations[0].op
 */
export function mutationRecipes(count: number): fc.Arbitrary<MutationRecipe> {
	return fc.record({
		seed: fc.nat({ max: count - 1 }),
		mutations: fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 })
	});
}

/**
 * Applies mutations to a copy of `bytes`, in order. Text operations work on the bytes as
 * Latin-1 characters, one per byte, so a file in any charset keeps its other bytes.
 * @example applyMutations(bytes, [{ op: 'truncate', at: 10 }]).length // 10 (if longer)
 */
export function applyMutations(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
	return mutations.reduce(applyOne, bytes);
}

function applyOne(bytes: Uint8Array, m: Mutation): Uint8Array {
	const at = (n: number) => (bytes.length === 0 ? 0 : n % bytes.length);
	switch (m.op) {
		case 'flip': {
			const out = bytes.slice();
			if (out.length > 0) out[at(m.at)]! ^= 1 << m.bit;
			return out;
		}
		case 'set': {
			const out = bytes.slice();
			if (out.length > 0) out[at(m.at)] = m.value;
			return out;
		}
		case 'truncate':
			return bytes.slice(0, at(m.at));
		case 'insert': {
			const i = at(m.at);
			return concat(bytes.subarray(0, i), utf8(m.text), bytes.subarray(i));
		}
		case 'delete': {
			const i = at(m.at);
			return concat(bytes.subarray(0, i), bytes.subarray(i + m.length));
		}
		case 'duplicate-line':
		case 'delete-line':
		case 'swap-lines': {
			const lines = splitLines(bytes);
			const n = (k: number) => k % lines.length;
			if (m.op === 'duplicate-line') {
				const i = n(m.line);
				lines.splice(i, 0, ...Array<Uint8Array>(m.times).fill(lines[i]!));
			} else if (m.op === 'delete-line') {
				lines.splice(n(m.line), 1);
			} else {
				const [a, b] = [n(m.a), n(m.b)];
				[lines[a], lines[b]] = [lines[b]!, lines[a]!];
			}
			return joinLines(lines);
		}
		case 'number':
		case 'swap-numbers': {
			const text = latin1(bytes);
			const numbers = [...text.matchAll(/-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/g)];
			if (numbers.length === 0) return bytes;
			const k = (m.which % numbers.length) as number;
			const hit = numbers[k]!;
			const start = hit.index;
			if (m.op === 'number') {
				return fromLatin1(
					text.slice(0, start) + latin1(utf8(m.text)) + text.slice(start + hit[0].length)
				);
			}
			const next = numbers[(k + 1) % numbers.length]!;
			if (next.index <= start) return bytes;
			return fromLatin1(
				text.slice(0, start) +
					next[0] +
					text.slice(start + hit[0].length, next.index) +
					hit[0] +
					text.slice(next.index + next[0].length)
			);
		}
		case 'recode':
			return recode(bytes, m.to);
	}
}

function recode(bytes: Uint8Array, to: Extract<Mutation, { op: 'recode' }>['to']): Uint8Array {
	const text = latin1(bytes);
	if (to === 'utf-8-twice') return utf8(text);
	if (to === 'ascii-only') return bytes.map((b) => b & 0x7f);
	if (to === 'bom') return concat(Uint8Array.of(0xef, 0xbb, 0xbf), bytes);
	const out = new Uint8Array(2 + text.length * 2);
	const le = to === 'utf-16le';
	out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		out[2 + i * 2 + (le ? 0 : 1)] = code & 0xff;
		out[2 + i * 2 + (le ? 1 : 0)] = code >> 8;
	}
	return out;
}

function splitLines(bytes: Uint8Array): Uint8Array[] {
	const lines: Uint8Array[] = [];
	let start = 0;
	for (let i = 0; i < bytes.length; i++) {
		if (bytes[i] === 0x0a) {
			lines.push(bytes.subarray(start, i + 1));
			start = i + 1;
		}
	}
	lines.push(bytes.subarray(start));
	return lines;
}

function joinLines(lines: Uint8Array[]): Uint8Array {
	return concat(...lines);
}

function concat(...parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let offset = 0;
	for (const part of parts) {
		out.set(part, offset);
		offset += part.length;
	}
	return out;
}

const encoder = new TextEncoder();
function utf8(text: string): Uint8Array {
	return encoder.encode(text);
}

/** Bytes as Latin-1 characters, one per byte (not TextDecoder('latin1'), which is cp1252). */
function latin1(bytes: Uint8Array): string {
	let text = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return text;
}

function fromLatin1(text: string): Uint8Array {
	return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}
