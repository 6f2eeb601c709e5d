import type { Paths64 } from 'clipper2-ts';
import { describe, expect, it } from 'vitest';
import { areaOf, subtractAreas, unionAreas } from './area-ops';
import { nodeAreas } from './node-areas';
import { square } from './test-shapes.fixture';

// Two 100 m cells side by side and a thin slanted strip across their shared edge, so the
// strip's edges cross the shared edge at a point that is not on the millimetre grid.
const cells = (): Paths64[] => [[square(0, 0, 100_000)], [square(100_000, 0, 100_000)]];
const strip = (): Paths64 => [
	[
		{ x: 30_000, y: 10_001 },
		{ x: 170_000, y: 70_003 },
		{ x: 170_000, y: 70_503 },
		{ x: 30_000, y: 10_501 }
	]
];

describe('nodeAreas', () => {
	it('inserts each crossing once into the cutter and into both areas sharing the edge', () => {
		const { areas, cutter } = nodeAreas(cells(), strip());
		expect([areas.map((a) => a[0]?.length), cutter[0]?.length]).toEqual([[6, 6], 6]);
	});

	it('lets neighbours be cut separately and still tile exactly', () => {
		const { areas, cutter } = nodeAreas(cells(), strip());
		const cut = areas.map((a) => subtractAreas(a, cutter));
		const sum = cut.reduce((s, a) => s + areaOf(a), 0);
		expect(sum).toBe(areaOf(unionAreas(cut)));
	});

	it('inserts a cutter vertex that lies on an area edge into that edge', () => {
		const tee: Paths64 = [square(40_000, 100_000, 20_000)];
		const { areas } = nodeAreas([[square(0, 0, 100_000)]], tee);
		expect(areas[0]?.[0]).toContainEqual({ x: 40_000, y: 100_000 });
	});

	it('leaves areas far from the cutter as they are', () => {
		const far = [[square(1_000_000, 0, 1000)]];
		expect(nodeAreas(far, strip()).areas[0]).toBe(far[0]);
	});
});
