import { describe, expect, it } from 'vitest';
import { meanWidth, perimeter } from './mean-width';

const rect = (w: number, h: number) => [
	[
		{ x: 0, y: 0 },
		{ x: w, y: 0 },
		{ x: w, y: h },
		{ x: 0, y: h }
	]
];

describe('meanWidth', () => {
	it('is about the width of a long strip', () => {
		// 2 m × 1 000 m: 2 · 2 000 / 2 004 = 1.996 m.
		expect(meanWidth(rect(1_000_000, 2_000))).toBeCloseTo(4_000 / 2_004, 12);
	});

	it('is half the side of a square', () => {
		// 50 m square: 2 · 2 500 / 200 = 25 m.
		expect(meanWidth(rect(50_000, 50_000))).toBe(25);
	});

	it('is 0 for an empty region', () => {
		expect(meanWidth([])).toBe(0);
	});
});

describe('perimeter', () => {
	it('adds all rings in metres', () => {
		expect(perimeter([...rect(10_000, 10_000), ...rect(1_000, 1_000)])).toBe(44);
	});
});
