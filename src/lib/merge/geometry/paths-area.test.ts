import { describe, expect, it } from 'vitest';
import { pathsArea, ringArea, ringTwiceArea } from './paths-area';

const square = (x: number, y: number, side: number) => [
	{ x, y },
	{ x: x + side, y },
	{ x: x + side, y: y + side },
	{ x, y: y + side }
];

describe('ringTwiceArea', () => {
	it('is positive for a counter-clockwise ring and negative when reversed', () => {
		// 3 × 4 rectangle: twice the area is 24.
		const ring = [
			{ x: 0, y: 0 },
			{ x: 3, y: 0 },
			{ x: 3, y: 4 },
			{ x: 0, y: 4 }
		];
		expect([ringTwiceArea(ring), ringTwiceArea([...ring].reverse())]).toEqual([24, -24]);
	});

	it('is exact for a 40 km square at real UTM coordinates in millimetres', () => {
		// (4e7 mm)² = 1.6e15 mm²; twice that, 3.2e15, is below 2^53 and must come out exact,
		// though single products at these coordinates reach 2.6e19.
		const ring = square(580_000_000, 6_630_000_000, 40_000_000);
		expect(ringTwiceArea(ring)).toBe(3_200_000_000_000_000);
	});

	it('stays exact when a running sum passes 2^53 (a long thin spike)', () => {
		// A 90 km long, 1 mm wide sliver: the fan triangles from the first vertex are huge
		// and cancel; the exact area is 90e6 × 1 = 9e7 mm² (twice: 1.8e8).
		const ring = [
			{ x: 0, y: 0 },
			{ x: 90_000_000, y: 0 },
			{ x: 90_000_000, y: 1 },
			{ x: 0, y: 1 }
		];
		expect(ringTwiceArea(ring)).toBe(180_000_000);
	});

	it('is 0 for fewer than three vertices', () => {
		expect(
			ringTwiceArea([
				{ x: 0, y: 0 },
				{ x: 5, y: 5 }
			])
		).toBe(0);
	});
});

describe('pathsArea', () => {
	it('subtracts a clockwise hole (Clipper output convention)', () => {
		// 10 × 10 minus a 2 × 2 hole = 96.
		const hole = [...square(2, 2, 2)].reverse();
		expect(pathsArea([square(0, 0, 10), hole])).toBe(96);
	});
});

describe('ringArea', () => {
	it('ignores orientation', () => {
		expect(ringArea([...square(0, 0, 10)].reverse())).toBe(100);
	});
});
