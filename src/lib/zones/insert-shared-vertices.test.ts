import { describe, expect, it } from 'vitest';
import { checkPartition } from './check-partition';
import { deepFreeze, makeZone, outerRing, polygon, rect } from './fixtures/build';
import { insertSharedVertices } from './insert-shared-vertices';
import { moveSharedVertex } from './move-shared-vertex';

/** A wide bottom zone under two top zones whose common corner (1000, 1000) is a T-junction. */
function tJunction() {
	return deepFreeze({
		zones: [
			makeZone('bottom', rect(0, 0, 2000, 1000)),
			makeZone('topLeft', rect(0, 1000, 1000, 2000)),
			makeZone('topRight', rect(1000, 1000, 2000, 2000))
		],
		boundary: rect(0, 0, 2000, 2000)
	});
}

describe('insertSharedVertices', () => {
	it('inserts a T-junction vertex into the neighbour’s edge', () => {
		const { zones, changed } = insertSharedVertices(tJunction().zones, 0.01);
		expect(changed).toEqual(['bottom']);
		expect(outerRing(zones[0]!)).toEqual([
			[0, 0],
			[2000, 0],
			[2000, 1000],
			[1000, 1000],
			[0, 1000]
		]);
	});

	it('lets a later move carry both sides of the border', () => {
		const partition = tJunction();
		const inserted = insertSharedVertices(partition.zones, 0.01).zones;
		// A vertex-only move (no edge bending needed any more) now changes all three zones.
		const moved = moveSharedVertex(inserted, [1000, 1000], [1000, 1050]);
		expect(moved.changed).toEqual(['bottom', 'topLeft', 'topRight']);
		expect(checkPartition({ ...partition, zones: moved.zones })).toEqual([]);
	});

	it('inserts a vertex lying within tolerance of the edge, bending the edge to it', () => {
		// Top's corner is 4 mm above bottom's edge: within 1 cm, so bottom's edge goes through it.
		const zones = deepFreeze([
			makeZone('bottom', rect(0, 0, 2000, 1000)),
			makeZone('top', rect(500, 1000.004, 1500, 2000))
		]);
		const { zones: out } = insertSharedVertices(zones, 0.01);
		expect(outerRing(out[0]!)).toEqual([
			[0, 0],
			[2000, 0],
			[2000, 1000],
			[1500, 1000.004],
			[500, 1000.004],
			[0, 1000]
		]);
	});

	it('leaves vertices beyond the tolerance alone and returns unchanged zones as they were', () => {
		const zones = deepFreeze([
			makeZone('bottom', rect(0, 0, 2000, 1000)),
			makeZone('top', rect(500, 1000.5, 1500, 2000))
		]);
		const result = insertSharedVertices(zones, 0.01);
		expect(result.changed).toEqual([]);
		expect(result.zones[0]).toBe(zones[0]);
	});

	it('inserts boundary vertices into zone edges along the boundary', () => {
		// The boundary has a vertex at (1000, 0) in the middle of the zone's bottom edge.
		const boundary = polygon([
			[0, 0],
			[1000, 0],
			[2000, 0],
			[2000, 1000],
			[0, 1000]
		]);
		const zones = deepFreeze([makeZone('all', rect(0, 0, 2000, 1000))]);
		const { zones: out } = insertSharedVertices(zones, 0.01, { boundary });
		expect(outerRing(out[0]!)).toEqual([
			[0, 0],
			[1000, 0],
			[2000, 0],
			[2000, 1000],
			[0, 1000]
		]);
	});

	it('is idempotent', () => {
		const once = insertSharedVertices(tJunction().zones, 0.01).zones;
		expect(insertSharedVertices(once, 0.01).changed).toEqual([]);
	});
});
