import { describe, expect, it } from 'vitest';
import { ParseError } from '../../errors';
import { buildRings, MAX_CHAINED_CURVES } from './build-rings';
import { parseRefs } from './parse-refs';
import { signedRingArea } from './ring-area';

/** Curves of a 10 × 10 square: 1 south (W→E), 2 east (S→N), 3 north (E→W), 4 west (N→S). */
const SQUARE: Record<number, number[]> = {
	1: [0, 0, 10, 0],
	2: [10, 0, 10, 10],
	3: [10, 10, 0, 10],
	4: [0, 10, 0, 0],
	5: [4, 4, 4, 6, 6, 6, 6, 4, 4, 4],
	6: [0, 0, 10, 0, 10, 10]
};
const lookup = (serial: number) => (SQUARE[serial] ? Float64Array.from(SQUARE[serial]) : undefined);
const build = (refs: string, tolerance = 0.01) =>
	buildRings(parseRefs(refs), lookup, tolerance, { line: 9, feature: 12 });

const CCW_SQUARE = [
	[0, 0],
	[10, 0],
	[10, 10],
	[0, 10],
	[0, 0]
];

describe('buildRings', () => {
	it('joins curves in order without repeating the shared vertex', () => {
		expect(build(':1 :2 :3 :4')).toEqual({ rings: [CCW_SQUARE], reordered: false });
	});

	it('orients the outer ring counter-clockwise and holes clockwise', () => {
		const { rings } = build(':-4 :-3 :-2 :-1 (:5)');
		expect(rings.map(signedRingArea)).toEqual([100, -4]);
		expect(rings[0]).toEqual(CCW_SQUARE);
		// Curve 5 runs N then E from (4, 4): already clockwise, so it is kept as written.
		expect(rings[1]).toEqual([
			[4, 4],
			[4, 6],
			[6, 6],
			[6, 4],
			[4, 4]
		]);
	});

	it('chains curves given out of order or with a wrong sign', () => {
		expect(build(':1 :3 :2 :4').reordered).toBe(true);
		expect(build(':1 :3 :2 :4').rings[0]).toEqual(CCW_SQUARE);
		expect(build(':1 :-2 :3 :4').rings[0]).toEqual(CCW_SQUARE);
	});

	it('closes a ring whose ends differ by less than one ENHET', () => {
		const near = (s: number) =>
			s === 7 ? Float64Array.from([0, 0, 10, 0, 10, 10, 0.004, 0]) : undefined;
		const { rings } = buildRings(parseRefs(':7'), near, 0.01, {});
		expect(rings[0]?.[rings[0].length - 1]).toEqual([0, 0]);
	});

	it('names the missing curve, the FLATE and the line', () => {
		expect(() => build(':1 :2 :3 :99')).toThrow(
			expect.objectContaining({
				constructor: ParseError,
				reason: 'missing-curve',
				detail: '..REF :99 of FLATE 12 names no curve',
				location: { line: 9, feature: 12 }
			})
		);
	});

	it('rejects a ring that cannot be closed', () => {
		expect(() => build(':6')).toThrow(
			expect.objectContaining({ reason: 'unclosed-ring', location: { line: 9, feature: 12 } })
		);
	});

	it('rejects curves that do not connect at all', () => {
		expect(() => build(':1 :5')).toThrow(/curves :5 do not connect/);
	});

	// Found by parse.fuzz: `..REF :1 :1 …` 50 000 times took 11 s (chaining is quadratic).
	it('refuses to re-chain a ring of more than MAX_CHAINED_CURVES curves, quickly', () => {
		const refs = ':1 :2 '.repeat(MAX_CHAINED_CURVES * 5);
		const start = performance.now();
		expect(() => build(refs)).toThrow(
			expect.objectContaining({ constructor: ParseError, reason: 'unclosed-ring' })
		);
		expect(performance.now() - start).toBeLessThan(1_000);
	});
});
