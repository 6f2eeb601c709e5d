import { describe, expect, it } from 'vitest';
import { sharedBorderLength } from './shared-border-length';

const rect = (x0: number, y0: number, x1: number, y1: number) => [
	[
		{ x: x0, y: y0 },
		{ x: x1, y: y0 },
		{ x: x1, y: y1 },
		{ x: x0, y: y1 }
	]
];

describe('sharedBorderLength', () => {
	it('measures a common edge in metres', () => {
		// Squares of 1 m (1 000 units) side by side share x = 1 000 over 1 m.
		expect(sharedBorderLength(rect(0, 0, 1_000, 1_000), rect(1_000, 0, 2_000, 1_000))).toBe(1);
	});

	it('counts only the collinear overlap of partly shared edges', () => {
		// b's left edge runs y 500…3 000 along a's right edge y 0…1 000: 500 units shared.
		expect(sharedBorderLength(rect(0, 0, 1_000, 1_000), rect(1_000, 500, 2_000, 3_000))).toBe(0.5);
	});

	it('adds up an edge split into several edges on the other side', () => {
		// A 2 m strip against two 1 m squares: 1 m + 1 m along y = 0.
		const strip = rect(0, -500, 2_000, 0);
		const squares = [...rect(0, 0, 1_000, 1_000), ...rect(1_000, 0, 2_000, 1_000)];
		expect(sharedBorderLength(strip, squares)).toBe(2);
	});

	it('is 0 for regions that touch at a point only', () => {
		expect(sharedBorderLength(rect(0, 0, 1_000, 1_000), rect(1_000, 1_000, 2_000, 2_000))).toBe(0);
	});

	it('accepts an edge moved off the line by grid rounding (≤ 1 mm) but not by 2 mm', () => {
		// Clipper rounds intersection points, so a shared border can be off by a unit.
		const a = rect(0, 0, 100_000, 1_000);
		const off1 = [
			[
				{ x: 0, y: 1_001 },
				{ x: 100_000, y: 1_000 },
				{ x: 100_000, y: 2_000 },
				{ x: 0, y: 2_000 }
			]
		];
		const off2 = [
			[
				{ x: 0, y: 1_002 },
				{ x: 100_000, y: 1_000 },
				{ x: 100_000, y: 2_000 },
				{ x: 0, y: 2_000 }
			]
		];
		expect(sharedBorderLength(a, off1)).toBeCloseTo(100, 6);
		expect(sharedBorderLength(a, off2)).toBe(0);
	});

	it('finds borders through its spatial index when there are many edges', () => {
		// Both rings have 100 collinear 1 m edges along y = 0 (10 000+ segment pairs, above
		// the brute-force limit). The lower one covers x 0…100 m; the upper one runs back
		// from x = 99.5 m to 0.5 m in 99 edges, then closes to (0, 0): 99 m + 0.5 m shared.
		const n = 100;
		const lower = [{ x: 0, y: 0 }];
		for (let i = 1; i <= n; i++) lower.push({ x: i * 1_000, y: 0 });
		lower.push({ x: n * 1_000, y: -1_000 }, { x: 0, y: -1_000 });
		const upper = [
			{ x: 0, y: 0 },
			{ x: 0, y: 1_000 },
			{ x: n * 1_000, y: 1_000 }
		];
		for (let i = n; i > 0; i--) upper.push({ x: i * 1_000 - 500, y: 0 });
		expect(sharedBorderLength([lower], [upper])).toBe(99.5);
	});
});
