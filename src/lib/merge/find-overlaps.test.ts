import { describe, expect, it } from 'vitest';
import { boxOf } from './geometry/box';
import { pathsArea } from './geometry/paths-area';
import { findOverlapPairs, findOverlapPieces } from './find-overlaps';

const rect = (x0: number, y0: number, x1: number, y1: number) => {
	const shape = [
		[
			{ x: x0, y: y0 },
			{ x: x1, y: y0 },
			{ x: x1, y: y1 },
			{ x: x0, y: y1 }
		]
	];
	return { shape, box: boxOf(shape) };
};

describe('findOverlapPairs', () => {
	it('reports each overlapping pair once with its area, and no touching pairs', () => {
		// 0: 0..10, 1: 10..20 (touches 0), 2: 5..15 overlaps 0 in 5 × 10 and 1 in 5 × 10.
		const pairs = findOverlapPairs([rect(0, 0, 10, 10), rect(10, 0, 20, 10), rect(5, 0, 15, 10)]);
		expect(pairs.map((p) => [p.i, p.j, p.area])).toEqual([
			[0, 2, 50],
			[1, 2, 50]
		]);
	});
});

describe('findOverlapPieces', () => {
	it('splits a spot covered three times into pieces of constant cover', () => {
		// a = 0..10, b = 5..15, c = 8..20 (all y 0..10):
		// a∩b only: 5..8 (30), a∩b∩c: 8..10 (20), b∩c only: 10..15 (50).
		const pieces = findOverlapPieces([rect(0, 0, 10, 10), rect(5, 0, 15, 10), rect(8, 0, 20, 10)]);
		const summary = pieces
			.map((p) => [p.cover.join(','), pathsArea(p.shape)] as const)
			.sort((x, y) => (x[0] < y[0] ? -1 : 1));
		expect(summary).toEqual([
			['0,1', 30],
			['0,1,2', 20],
			['1,2', 50]
		]);
	});

	it('gives one piece per connected part of a pair overlap', () => {
		// A U-shape (two prongs) over a bar: two separate 2 × 2 overlaps.
		const u = [
			[
				{ x: 0, y: 0 },
				{ x: 10, y: 0 },
				{ x: 10, y: 10 },
				{ x: 8, y: 10 },
				{ x: 8, y: 2 },
				{ x: 2, y: 2 },
				{ x: 2, y: 10 },
				{ x: 0, y: 10 }
			]
		];
		const pieces = findOverlapPieces([{ shape: u, box: boxOf(u) }, rect(0, 6, 10, 8)]);
		expect(pieces.map((p) => pathsArea(p.shape))).toEqual([4, 4]);
	});
});
