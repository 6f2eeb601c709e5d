import { describe, expect, it } from 'vitest';
import { polygonArea, signedRingArea } from './ring-area';

const square = (x: number, y: number, s: number) => [
	[x, y],
	[x + s, y],
	[x + s, y + s],
	[x, y + s],
	[x, y]
];

describe('signedRingArea', () => {
	it('is positive counter-clockwise and negative clockwise', () => {
		expect(signedRingArea(square(0, 0, 2))).toBe(4);
		expect(signedRingArea(square(0, 0, 2).reverse())).toBe(-4);
	});

	it('keeps centimetres at UTM magnitudes', () => {
		expect(signedRingArea(square(580000.01, 6633000.01, 0.1))).toBeCloseTo(0.01, 10);
	});
});

describe('polygonArea', () => {
	it('subtracts holes whatever their orientation', () => {
		expect(polygonArea([square(0, 0, 10), square(2, 2, 1)])).toBe(99);
	});
});
