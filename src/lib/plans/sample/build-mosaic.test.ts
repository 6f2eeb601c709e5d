import { describe, expect, it } from 'vitest';
import { areaOf, unionAreas } from './area-ops';
import { buildMosaic, settingOf } from './build-mosaic';
import { PROFILES } from './profiles';
import { square } from './test-shapes.fixture';

// A 6 km square "municipality" that is all land, with one town in the middle.
const KM = 1_000_000;
const area = () => [square(0, 0, 6 * KM)];
const centres = () => [
	{ name: 'By', point: { x: 3 * KM, y: 3 * KM }, radius: 700, kind: 'sentrum' as const }
];
const profile = () => ({ ...PROFILES[0]!, cells: 80 });

describe('buildMosaic', () => {
	it('covers the plan area exactly with its land use', () => {
		const plan = buildMosaic(profile(), area(), area(), centres());
		const sum = plan.areas.reduce((s, a) => s + areaOf(a.area), 0);
		expect([
			Math.abs(sum - areaOf(plan.boundary)) < 1e-6,
			areaOf(unionAreas(plan.areas.map((a) => a.area)))
		]).toEqual([true, areaOf(plan.boundary)]);
	});

	it('dissolves some neighbours, so there are fewer areas than seeds', () => {
		expect(buildMosaic(profile(), area(), area(), centres()).areas.length).toBeLessThan(80);
	});

	it('gives the same plan on a second run', () => {
		const codes = () => buildMosaic(profile(), area(), area(), centres()).areas.map((a) => a.code);
		expect(codes()).toEqual(codes());
	});
});

describe('settingOf', () => {
	it('measures reach in radii of the nearest centre and sees water off the land', () => {
		expect(settingOf({ x: 3 * KM + 1_400_000, y: 3 * KM }, centres(), [square(0, 0, KM)])).toEqual({
			reach: 2,
			kind: 'sentrum',
			water: true
		});
	});
});
