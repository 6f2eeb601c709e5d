import type { Paths64 } from 'clipper2-ts';
import { describe, expect, it } from 'vitest';
import { pathsArea } from '../merge/geometry/paths-area';
import { uncancelledEdges } from './uncancelled-edges';

const square = (x0: number, y0: number, x1: number, y1: number): Paths64 => [
	[
		{ x: x0, y: y0 },
		{ x: x1, y: y0 },
		{ x: x1, y: y1 },
		{ x: x0, y: y1 }
	]
];

describe('uncancelledEdges', () => {
	it('leaves nothing when two squares tile the boundary, even where the boundary has no vertex', () => {
		// The squares' corners (10, 0) and (10, 10) lie inside the boundary's long edges.
		expect(
			uncancelledEdges([square(0, 0, 10, 10), square(10, 0, 20, 10)], square(0, 0, 20, 10))
		).toEqual([]);
	});

	it('leaves a chain whose signed area is the zones’ area minus the boundary’s', () => {
		// Right square from x = 9: 10 units² overlap, so +10 (zones 200 + 10 − boundary 200).
		const chain = uncancelledEdges(
			[square(0, 0, 10, 10), square(9, 0, 20, 10)],
			square(0, 0, 20, 10)
		);
		expect(pathsArea(chain)).toBe(10);
	});

	it('never chains a path back along itself', () => {
		// A gap on the boundary's long edge: opposite collinear edges are netted out first,
		// since clipper2-ts mis-fills a path that doubles back on itself.
		const chain = uncancelledEdges(
			[square(0, 0, 10, 10), square(11, 0, 20, 10)],
			square(0, 0, 20, 10)
		);
		expect(chain).toHaveLength(1);
		expect(pathsArea(chain)).toBe(-10);
		const ring = chain[0]!;
		const backtracks = ring.filter((q, i) => {
			const p = ring[(i + ring.length - 1) % ring.length]!;
			const r = ring[(i + 1) % ring.length]!;
			const cross = (q.x - p.x) * (r.y - q.y) - (q.y - p.y) * (r.x - q.x);
			const dot = (q.x - p.x) * (r.x - q.x) + (q.y - p.y) * (r.y - q.y);
			return cross === 0 && dot < 0;
		});
		expect(backtracks).toEqual([]);
	});
});
