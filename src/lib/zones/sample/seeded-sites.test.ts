import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { assumeCrs } from '../../geometry/types';
import { rect } from '../fixtures/build';
import type { ZoneGeometry } from '../types';
import { seededSites } from './seeded-sites';

/** An L: a 10 × 2 km bar and a 2 × 8 km leg, 36 km². */
function lShape(): ZoneGeometry {
	return assumeCrs(
		{
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[10000, 0],
					[10000, 2000],
					[2000, 2000],
					[2000, 10000],
					[0, 10000],
					[0, 0]
				]
			]
		},
		25832
	);
}

describe('seededSites', () => {
	it('places every point inside the boundary, named Sone 1…', () => {
		const boundary = lShape();
		const sites = seededSites(boundary, 20, 7);
		expect(sites.map((s) => s.name)).toEqual(Array.from({ length: 20 }, (_, i) => `Sone ${i + 1}`));
		expect(sites.every((s) => booleanPointInPolygon([s.x, s.y], boundary))).toBe(true);
	});

	it('keeps points apart (half the spacing of an even grid)', () => {
		const sites = seededSites(rect(0, 0, 10000, 10000), 25, 1);
		// 25 points on 100 km²: an even grid has 2 km spacing, so none closer than 1 km.
		const closest = Math.min(
			...sites.flatMap((a, i) => sites.slice(i + 1).map((b) => Math.hypot(a.x - b.x, a.y - b.y)))
		);
		expect(closest).toBeGreaterThanOrEqual(1000);
	});

	it('gives the same points for the same seed and others for another', () => {
		const boundary = lShape();
		expect(seededSites(boundary, 10, 42)).toEqual(seededSites(boundary, 10, 42));
		expect(seededSites(boundary, 10, 43)).not.toEqual(seededSites(boundary, 10, 42));
	});
});
