import { describe, expect, it } from 'vitest';
import { pointOnSurface } from './point-on-surface';

describe('pointOnSurface', () => {
	it('finds the middle of a rectangle', () => {
		expect(
			pointOnSurface([
				[
					[0, 0],
					[4, 0],
					[4, 2],
					[0, 2],
					[0, 0]
				]
			])
		).toEqual([2, 1]);
	});

	it('avoids a hole in the middle', () => {
		const outer = [
			[0, 0],
			[10, 0],
			[10, 10],
			[0, 10],
			[0, 0]
		];
		const hole = [
			[2, 2],
			[2, 8],
			[8, 8],
			[8, 2],
			[2, 2]
		];
		const [x] = pointOnSurface([outer, hole]) as [number, number];
		expect(x < 2 || x > 8).toBe(true);
	});

	it('stays inside a U shape whose centroid is outside', () => {
		const u = [
			[0, 0],
			[10, 0],
			[10, 10],
			[8, 10],
			[8, 2],
			[2, 2],
			[2, 10],
			[0, 10],
			[0, 0]
		];
		const [x, y] = pointOnSurface([u]) as [number, number];
		const inLeftArm = x > 0 && x < 2;
		const inRightArm = x > 8 && x < 10;
		const inBase = y > 0 && y < 2;
		expect(inLeftArm || inRightArm || inBase).toBe(true);
	});
});
