import { describe, expect, it } from 'vitest';
import { planarArea } from '../geometry/area';
import { checkPartition } from './check-partition';
import { deepFreeze, makeZone, outerRing, rect, twoSquares } from './fixtures/build';
import { moveSharedVertex } from './move-shared-vertex';

describe('moveSharedVertex', () => {
	it('moves a shared vertex in both zones and keeps the partition', () => {
		const partition = twoSquares();
		const { zones, changed } = moveSharedVertex(partition.zones, [1000, 1000], [1100, 1000]);
		expect(changed).toEqual(['left', 'right']);
		// Left gains the triangle (1000,0)-(1100,1000)-(1000,1000): 100 × 1 000 / 2 = 50 000 m².
		expect(planarArea(zones[0]!.geometry)).toBe(1_050_000);
		expect(planarArea(zones[1]!.geometry)).toBe(950_000);
		expect(checkPartition({ ...partition, zones })).toEqual([]);
	});

	it('moves a vertex only one zone has in that zone only', () => {
		const partition = twoSquares();
		const { zones, changed } = moveSharedVertex(partition.zones, [0, 1000], [0, 900]);
		expect(changed).toEqual(['left']);
		expect(zones[1]).toBe(partition.zones[1]);
		expect(outerRing(zones[0]!)).toEqual([
			[0, 0],
			[1000, 0],
			[1000, 1000],
			[0, 900]
		]);
	});

	it('matches the vertex within 1 mm', () => {
		const { changed } = moveSharedVertex(twoSquares().zones, [1000.0004, 999.9996], [1100, 1000]);
		expect(changed).toEqual(['left', 'right']);
	});

	it('moves the first and closing positions of a ring together', () => {
		const { zones } = moveSharedVertex(twoSquares().zones, [0, 0], [-5, 0]);
		const ring = zones[0]!.geometry.coordinates[0] as number[][];
		expect(ring[0]).toEqual([-5, 0]);
		expect(ring[ring.length - 1]).toEqual([-5, 0]);
	});

	it('bends the edge of a zone that runs through the vertex without having it', () => {
		// Top has a vertex at (1000, 1000) on bottom's top edge (a T-junction): moving it must
		// also bend bottom, or a gap opens.
		const zones = deepFreeze([
			makeZone('bottom', rect(0, 0, 2000, 1000)),
			makeZone('topLeft', rect(0, 1000, 1000, 2000)),
			makeZone('topRight', rect(1000, 1000, 2000, 2000))
		]);
		const moved = moveSharedVertex(zones, [1000, 1000], [1000, 1050]);
		expect(moved.changed).toEqual(['bottom', 'topLeft', 'topRight']);
		expect(outerRing(moved.zones[0]!)).toEqual([
			[0, 0],
			[2000, 0],
			[2000, 1000],
			[1000, 1050],
			[0, 1000]
		]);
		const boundary = rect(0, 0, 2000, 2000);
		expect(checkPartition({ zones: moved.zones, boundary })).toEqual([]);
	});

	it('changes nothing when no zone has the vertex', () => {
		const partition = twoSquares();
		const { zones, changed } = moveSharedVertex(partition.zones, [500, 500], [600, 600]);
		expect(changed).toEqual([]);
		expect(zones).toEqual(partition.zones);
	});
});
