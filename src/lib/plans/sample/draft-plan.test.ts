import { describe, expect, it } from 'vitest';
import { areaOf, unionAreas } from './area-ops';
import { cutFromPlan, extendArea, type DraftPlan } from './draft-plan';
import { square } from './test-shapes.fixture';

// Two 100 m cells side by side filling a 200 × 100 m plan area.
const plan = (): DraftPlan => ({
	boundary: [
		[
			{ x: 0, y: 0 },
			{ x: 200_000, y: 0 },
			{ x: 200_000, y: 100_000 },
			{ x: 0, y: 100_000 }
		]
	],
	areas: [
		{ area: [square(0, 0, 100_000)], code: '5100', status: 1, tags: [] },
		{ area: [square(100_000, 0, 100_000)], code: '1110', status: 1, tags: [] }
	]
});
// A 0.5 m strip along the bottom edge, across both cells.
const strip = () => [
	{ x: 50_000, y: 0 },
	{ x: 150_000, y: 0 },
	{ x: 150_000, y: 500 },
	{ x: 50_000, y: 500 }
];

describe('cutFromPlan', () => {
	it('removes the shape from the land use and keeps the plan area', () => {
		const cut = cutFromPlan(plan(), strip());
		const landuse = cut.areas.reduce((s, a) => s + areaOf(a.area), 0);
		expect([landuse, areaOf(cut.boundary)]).toEqual([20_000 - 50, 20_000]);
	});

	it('leaves the cut areas tiling each other exactly', () => {
		const cut = cutFromPlan(plan(), strip());
		const sum = cut.areas.reduce((s, a) => s + areaOf(a.area), 0);
		expect(areaOf(unionAreas(cut.areas.map((a) => a.area)))).toBe(sum);
	});
});

describe('extendArea', () => {
	const outside = () => [
		{ x: 120_000, y: -12_000 },
		{ x: 180_000, y: -12_000 },
		{ x: 180_000, y: 0 },
		{ x: 120_000, y: 0 }
	];

	it('grows the area that contains the point by the shape and tags it', () => {
		const { plan: grown, index } = extendArea(plan(), outside(), { x: 150_000, y: 1000 }, 'D04');
		expect([index, areaOf(grown.areas[1]!.area), grown.areas[1]!.tags]).toEqual([
			1,
			10_720,
			['D04']
		]);
	});

	it('leaves the other areas and the plan area as they were', () => {
		const { plan: grown } = extendArea(plan(), outside(), { x: 150_000, y: 1000 }, 'D04');
		expect([areaOf(grown.areas[0]!.area), areaOf(grown.boundary)]).toEqual([10_000, 20_000]);
	});
});
