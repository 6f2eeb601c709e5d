import { describe, expect, it } from 'vitest';
import { ORIGIN_E, ORIGIN_N, toLocal, toPosition } from './local-frame';

describe('toLocal', () => {
	it('rounds EPSG:25832 metres to whole millimetres from the origin', () => {
		expect(toLocal([ORIGIN_E + 81.2345, ORIGIN_N - 0.0004])).toEqual({ x: 81235, y: -0 });
	});
});

describe('toPosition', () => {
	it('gives back metres that print with at most three decimals', () => {
		const [e, n] = toPosition({ x: 81_234_567, y: 28_484_331 });
		expect([String(e), String(n)]).toEqual(['581234.567', '6628484.331']);
	});

	it('inverts toLocal on the millimetre grid', () => {
		const p = { x: -12_345_678, y: 45_678_901 };
		expect(toLocal(toPosition(p))).toEqual(p);
	});
});
