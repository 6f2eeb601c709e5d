import { describe, expect, it } from 'vitest';
import { areaOf, containsLocalPoint } from './area-ops';
import { middleOf, rectangleOn, stretchAt } from './seam-stretch';
import { square } from './test-shapes.fixture';

// A 1 km square; the anchor is just below its bottom edge.
const area = () => [square(0, 0, 1_000_000)];
const stretch = () => stretchAt(area(), { x: 500_000, y: -3_000 }, 300);

describe('stretchAt', () => {
	it('centres the stretch on the anchor projected onto the nearest edge', () => {
		expect([stretch().start, stretch().end]).toEqual([
			{ x: 350_000, y: 0 },
			{ x: 650_000, y: 0 }
		]);
	});

	it('points the normal into the area', () => {
		expect(stretch().inward).toEqual({ x: -0, y: 1 });
	});

	it('slides the stretch along the edge rather than past its end', () => {
		expect(stretchAt(area(), { x: 990_000, y: -1 }, 300).end).toEqual({ x: 1_000_000, y: 0 });
	});

	it('refuses an edge shorter than the stretch', () => {
		expect(() => stretchAt(area(), { x: 0, y: -1 }, 2000)).toThrow(RangeError);
	});
});

describe('rectangleOn', () => {
	it('lies inside the area for "inside", with length × width area', () => {
		const rect = rectangleOn(stretch(), 4.5, 'inside');
		expect([
			areaOf([rect]),
			containsLocalPoint(area(), middleOf(stretch(), 4.5, 'inside'))
		]).toEqual([1350, true]);
	});

	it('lies outside the area for "outside"', () => {
		expect([
			areaOf([rectangleOn(stretch(), 12, 'outside')]),
			middleOf(stretch(), 12, 'outside')
		]).toEqual([3600, { x: 500_000, y: -6000 }]);
	});
});
