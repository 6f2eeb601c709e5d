import type { Paths64 } from 'clipper2-ts';
import { describe, expect, it } from 'vitest';
import { ringTwiceArea } from './paths-area';
import { splitPieces } from './split-pieces';

const ring = (...xy: number[][]) => xy.map(([x, y]) => ({ x: x!, y: y! }));
const areas = (pieces: Paths64[]) => pieces.map((p) => p.map((r) => ringTwiceArea(r) / 2));

describe('splitPieces', () => {
	it('gives a hole to the outer ring it lies in, not to another', () => {
		// Two 10 × 10 squares; a 2 × 2 hole in the second.
		const pieces = splitPieces([
			ring([0, 0], [10, 0], [10, 10], [0, 10]),
			ring([20, 0], [30, 0], [30, 10], [20, 10]),
			ring([24, 4], [24, 6], [26, 6], [26, 4])
		]);
		expect(areas(pieces)).toEqual([[100], [100, -4]]);
	});

	it('keeps a hole that touches its outer ring along an edge with that outer ring', () => {
		// Found by fuzzing: Clipper wrote a gap as a triangle-ish outer ring with a hole whose
		// edge lies on the outer's slanted edge, so two hole vertices test (by rounding) as
		// just outside. Here: outer (0,0)-(100,0)-(0,100) and a hole with an edge on x + y = 100.
		const pieces = splitPieces([
			ring([0, 0], [100, 0], [0, 100]),
			ring([10, 10], [10, 60], [40, 60], [60, 40], [60, 10]),
			ring([200, 0], [210, 0], [210, 10], [200, 10])
		]);
		// Outer 5 000, hole −(50·50 − ½·20·20) = −2 300.
		expect(areas(pieces)).toEqual([[5000, -2300], [100]]);
	});

	it('cuts a ring through one vertex twice into its two pieces', () => {
		// Two triangles meeting at (5, 5), written as one ring as Clipper may write it.
		const pieces = splitPieces([ring([0, 0], [10, 0], [5, 5], [10, 10], [0, 10], [5, 5])]);
		expect(areas(pieces)).toEqual([[25], [25]]);
	});
});
