import { describe, expect, it } from 'vitest';
import { planarArea } from '../../geometry/area';
import { assumeCrs } from '../../geometry/types';
import { checkPartition } from '../check-partition';
import { deepFreeze, rect } from '../fixtures/build';
import type { ZoneGeometry } from '../types';
import { voronoiZones } from './voronoi-zones';

/** A 4 × 2 km mainland and a 1 × 1 km island east of it: 9 km². */
function mainlandAndIsland(): ZoneGeometry {
	const [main, island] = [rect(0, 0, 4000, 2000), rect(5000, 0, 6000, 1000)];
	return deepFreeze(
		assumeCrs(
			{ type: 'MultiPolygon', coordinates: [main.coordinates, island.coordinates] as never },
			25832
		)
	);
}

describe('voronoiZones', () => {
	it('halves a rectangle between two sites placed symmetrically', () => {
		const zones = voronoiZones(
			rect(0, 0, 4000, 2000),
			[
				{ name: 'Vest', x: 1000, y: 1000 },
				{ name: 'Øst', x: 3000, y: 1000 }
			],
			{ step: 250 }
		);
		expect(zones.map((z) => [z.id, z.name])).toEqual([
			['z01', 'Vest'],
			['z02', 'Øst']
		]);
		expect(zones.map((z) => planarArea(z.geometry))).toEqual([
			expect.closeTo(4_000_000, 3),
			expect.closeTo(4_000_000, 3)
		]);
	});

	it('gives an island to the nearest site as a second part', () => {
		const boundary = mainlandAndIsland();
		const zones = voronoiZones(
			boundary,
			[
				{ name: 'Vest', x: 1000, y: 1000 },
				{ name: 'Øst', x: 3000, y: 1000 }
			],
			{ step: 500, idPrefix: 'k' }
		);
		const east = zones.find((z) => z.id === 'k02')!;
		expect(east.geometry.type).toBe('MultiPolygon');
		expect(planarArea(east.geometry)).toBeCloseTo(5_000_000, 3);
		expect(checkPartition({ zones, boundary })).toEqual([]);
	});

	it('puts a vertex at least every step metres along cell edges', () => {
		const [west] = voronoiZones(
			rect(0, 0, 4000, 2000),
			[
				{ name: 'Vest', x: 1000, y: 1000 },
				{ name: 'Øst', x: 3000, y: 1000 }
			],
			{ step: 250 }
		);
		// The shared border x = 2000 runs 2 km: split every 250 m it has 9 vertices.
		const ring = (west!.geometry.coordinates as number[][][])[0]!;
		expect(ring.filter((p) => p[0] === 2000).length).toBe(9);
	});

	it('returns the same zones for the same sites', () => {
		const sites = [
			{ name: 'A', x: 700, y: 300 },
			{ name: 'B', x: 3100, y: 1700 },
			{ name: 'C', x: 2200, y: 900 }
		];
		const run = () => voronoiZones(mainlandAndIsland(), sites, { step: 100 });
		expect(run()).toEqual(run());
	});

	it('refuses an empty list of sites', () => {
		expect(() => voronoiZones(rect(0, 0, 10, 10), [], { step: 1 })).toThrow(RangeError);
	});
});
