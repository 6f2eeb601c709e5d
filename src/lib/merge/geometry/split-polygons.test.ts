import { describe, expect, it } from 'vitest';
import { Clipper, FillRule } from 'clipper2-ts';
import { pathsArea } from './paths-area';
import { simpleLoops, splitPolygons } from './split-polygons';

const square = (x: number, y: number, side: number) => [
	{ x, y },
	{ x: x + side, y },
	{ x: x + side, y: y + side },
	{ x, y: y + side }
];
const hole = (x: number, y: number, side: number) => [...square(x, y, side)].reverse();

describe('splitPolygons', () => {
	it('gives each hole to the outer that contains it, islands in lakes included', () => {
		// Lake (hole 20..80) in a 100 square, island 40..60 in the lake, with its own pond.
		const region = Clipper.union(
			[square(0, 0, 100), hole(20, 20, 60), square(40, 40, 20), hole(45, 45, 10)],
			FillRule.NonZero
		);
		const areas = splitPolygons(region).map((p) => [p.length, pathsArea(p)]);
		// 100² − 60² = 6 400 with one hole; 20² − 10² = 300 with one hole.
		expect(areas).toEqual([
			[2, 6_400],
			[2, 300]
		]);
	});

	it('splits a ring that touches itself into two polygons', () => {
		// Two triangles meeting at (5, 5), written as one ring.
		const ring = [
			{ x: 0, y: 0 },
			{ x: 10, y: 0 },
			{ x: 5, y: 5 },
			{ x: 10, y: 10 },
			{ x: 0, y: 10 },
			{ x: 5, y: 5 }
		];
		expect(splitPolygons([ring]).map((p) => pathsArea(p))).toEqual([25, 25]);
	});

	it('turns a loop that dips into the outer ring into a hole', () => {
		// A 10 square whose ring visits (0, 0) twice to cut out the 2 × 2 square (0..2).
		const ring = [
			{ x: 0, y: 0 },
			{ x: 0, y: 2 },
			{ x: 2, y: 2 },
			{ x: 2, y: 0 },
			{ x: 0, y: 0 },
			{ x: 10, y: 0 },
			{ x: 10, y: 10 },
			{ x: 0, y: 10 }
		];
		const parts = splitPolygons([ring]);
		expect(parts.map((p) => [p.length, pathsArea(p)])).toEqual([[2, 96]]);
	});
});

describe('simpleLoops', () => {
	it('breaks a figure of eight at its repeated vertex', () => {
		const ring = [
			{ x: 0, y: 0 },
			{ x: 1, y: 1 },
			{ x: 2, y: 0 },
			{ x: 3, y: 1 },
			{ x: 2, y: 2 },
			{ x: 1, y: 1 },
			{ x: 0, y: 2 }
		];
		// The loop through (2, 0), (3, 1), (2, 2) and the rest: (0, 0), (1, 1), (0, 2).
		expect(simpleLoops(ring).map((l) => l.length)).toEqual([4, 3]);
	});
});
