import { describe, expect, it } from 'vitest';
import { areaOf, intersectAreas, subtractAreas, unionAreas } from './area-ops';
import type { DraftPlan } from './draft-plan';
import { joinSeams } from './join-seams';
import { square } from './test-shapes.fixture';

// Two plans sharing the line x = 100 m; the west plan has a vertex on it that the east one
// lacks, 1 mm off the straight line (a rounded crossing point).
const west = (): DraftPlan => {
	const ring = [
		{ x: 0, y: 0 },
		{ x: 100_000, y: 0 },
		{ x: 100_001, y: 50_000 },
		{ x: 100_000, y: 100_000 },
		{ x: 0, y: 100_000 }
	];
	return { boundary: [ring], areas: [{ area: [ring], code: '5100', status: 1, tags: [] }] };
};
const east = (): DraftPlan => ({
	boundary: [square(100_000, 0, 100_000)],
	areas: [{ area: [square(100_000, 0, 100_000)], code: '1110', status: 1, tags: [] }]
});

describe('joinSeams', () => {
	it('gives both plans the same vertices along their shared border', () => {
		const [, e] = joinSeams([west(), east()]);
		expect(e?.areas[0]?.area[0]).toContainEqual({ x: 100_001, y: 50_000 });
	});

	it('leaves no overlap and no gap between the two mosaics', () => {
		const [w, e] = joinSeams([west(), east()]);
		const a = w!.areas[0]!.area;
		const b = e!.areas[0]!.area;
		const hull = [square(0, 0, 100_000).map((p) => ({ x: p.x * 2, y: p.y }))];
		expect([areaOf(intersectAreas(a, b)), areaOf(subtractAreas(hull, unionAreas([a, b])))]).toEqual(
			[0, 0]
		);
	});

	it('changes the plan area together with the land use', () => {
		const [, e] = joinSeams([west(), east()]);
		expect(e?.boundary[0]).toEqual(e?.areas[0]?.area[0]);
	});
});
