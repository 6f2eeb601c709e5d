import { describe, expect, it } from 'vitest';
import { measureClicks } from './measure';

const corners = [
	[10.43, 59.83],
	[10.44, 59.83],
	[10.44, 59.84],
	[10.43, 59.84]
];

describe('measureClicks', () => {
	it('is zero with fewer than two points', () => {
		expect(measureClicks([[10.43, 59.83]])).toEqual({ lengthM: 0, areaM2: null });
	});

	it('gives a length but no area for two points', () => {
		const { lengthM, areaM2 } = measureClicks(corners.slice(0, 2));
		// 0.01° of longitude at 59.83° N is about 559 m on the sphere; UTM32 scale adds a little.
		expect(lengthM).toBeGreaterThan(555);
		expect(lengthM).toBeLessThan(565);
		expect(areaM2).toBeNull();
	});

	it('closes the polygon itself and gives the planar EPSG:25832 area (PostGIS: 624 357 m²)', () => {
		expect(Math.round(measureClicks(corners).areaM2!)).toBe(624_357);
	});

	it('does not change the caller’s points', () => {
		const points = corners.map((p) => [...p]);
		const copy = structuredClone(points);
		measureClicks(points);
		expect(points).toEqual(copy);
	});
});
