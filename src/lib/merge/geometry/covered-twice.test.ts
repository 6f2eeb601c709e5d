import { describe, expect, it } from 'vitest';
import { coveredTwice } from './covered-twice';
import { pathsArea } from './paths-area';

const square = (x: number, y: number, side: number) => [
	[
		{ x, y },
		{ x: x + side, y },
		{ x: x + side, y: y + side },
		{ x, y: y + side }
	]
];

describe('coveredTwice', () => {
	it('keeps only what two or more regions cover', () => {
		// 10-squares at x = 0, 5, 20: only 0 and 5 overlap, in 5 × 10 = 50.
		expect(pathsArea(coveredTwice([square(0, 0, 10), square(5, 0, 10), square(20, 0, 10)]))).toBe(
			50
		);
	});

	it('ignores regions that only share edges', () => {
		expect(coveredTwice([square(0, 0, 10), square(10, 0, 10)])).toEqual([]);
	});

	it('finds overlaps inside and across columns when swept per column', () => {
		// 3 000 unit squares in a row (three columns of 1 000) that only touch; a 3 × 1 bar
		// over squares 999–1 001 (across the first column boundary) overlaps three of them
		// by 1 each, and square 10 drawn twice adds 1: 4 in total.
		const row = Array.from({ length: 3_000 }, (_, i) => square(i, 0, 1));
		const bar = [
			[
				{ x: 999, y: 0 },
				{ x: 1_002, y: 0 },
				{ x: 1_002, y: 1 },
				{ x: 999, y: 1 }
			]
		];
		expect(pathsArea(coveredTwice([...row, bar, square(10, 0, 1)]))).toBe(4);
	});
});
