import { describe, expect, it } from 'vitest';
import { planarArea } from '../geometry/area';
import { checkPartition } from './check-partition';
import { deepFreeze, line, makeZone, outerRing, polygon, rect, twoSquares } from './fixtures/build';
import { insertSharedVertices } from './insert-shared-vertices';
import { splitZone } from './split-zone';
import type { Zone } from './types';

function ids() {
	let n = 0;
	return () => `new${++n}`;
}

function split(zone: Zone, ...positions: number[][]): Zone[] {
	const result = splitZone(deepFreeze(zone), line(...positions), ids());
	if (!result.ok) throw new Error(result.detail);
	return result.zones;
}

describe('splitZone', () => {
	it('splits a square with a vertical line into two rectangles', () => {
		// x = 300 cuts 1 000 × 1 000 into 700 000 m² (keeps the id) and 300 000 m².
		const zones = split(makeZone('a', rect(0, 0, 1000, 1000), 'Vest'), [300, -10], [300, 1010]);
		expect(zones.map((z) => [z.id, z.name, planarArea(z.geometry)])).toEqual([
			['a', 'Vest', 700_000],
			['new1', 'Vest', 300_000]
		]);
		expect(zones[0]!.geometry).toEqual(rect(300, 0, 1000, 1000));
		expect(zones[1]!.geometry).toEqual(rect(0, 0, 300, 1000));
	});

	it('cuts along a polyline, sharing its vertices between the pieces', () => {
		// A bent cut (500,-10)→(500,500)→(700,1010) crosses the top edge at (696.078…, 1000), so
		// pieces of 500 000 + ½·196.078·500 = 549 019.6 and 450 980.4 m², which sum to 1 000 000.
		const zones = split(makeZone('a', rect(0, 0, 1000, 1000)), [500, -10], [500, 500], [700, 1010]);
		const areas = zones.map((z) => planarArea(z.geometry));
		expect(areas[0]).toBeCloseTo(549_019.6, 0);
		expect(areas[0]! + areas[1]!).toBeCloseTo(1_000_000, 3);
		expect(outerRing(zones[0]!)).toContainEqual([500, 500]);
		expect(outerRing(zones[1]!)).toContainEqual([500, 500]);
	});

	it('cuts a U-shaped zone into three pieces with one line', () => {
		// U of 300 × 300 minus a 100 × 200 notch = 70 000 m²; y = 200 cuts off both arm tips
		// (100 × 100 each) and leaves 50 000 m² below.
		const u = polygon([
			[0, 0],
			[300, 0],
			[300, 300],
			[200, 300],
			[200, 100],
			[100, 100],
			[100, 300],
			[0, 300]
		]);
		const zones = split(makeZone('u', u), [-10, 200], [310, 200]);
		expect(zones.map((z) => [z.id, planarArea(z.geometry)])).toEqual([
			['u', 50_000],
			['new1', 10_000],
			['new2', 10_000]
		]);
	});

	it('cuts through a hole', () => {
		// 1 000 × 1 000 with a 200 × 200 hole in the middle; x = 500 halves both: 480 000 each.
		const holed = polygon(
			[
				[0, 0],
				[1000, 0],
				[1000, 1000],
				[0, 1000]
			],
			[
				[400, 400],
				[400, 600],
				[600, 600],
				[600, 400]
			]
		);
		const zones = split(makeZone('h', holed), [500, -10], [500, 1010]);
		expect(zones.map((z) => planarArea(z.geometry))).toEqual([480_000, 480_000]);
	});

	it('keeps the partition, and the neighbour gets the cut’s end once vertices are shared', () => {
		// Cutting the left square at y = 400 ends the cut on the border with the right square.
		const partition = twoSquares();
		const pieces = split(partition.zones[0]!, [-10, 400], [1010, 400]);
		const zones = [...pieces, partition.zones[1]!];
		expect(checkPartition({ ...partition, zones })).toEqual([]);
		const shared = insertSharedVertices(zones, 0.001);
		expect(shared.changed).toEqual(['right']);
		expect(outerRing(shared.zones[2]!)).toContainEqual([1000, 400]);
	});

	it('refuses a line that misses the zone', () => {
		const result = splitZone(
			makeZone('a', rect(0, 0, 1000, 1000)),
			line([1100, -10], [1100, 1010]),
			ids()
		);
		expect(result).toMatchObject({ ok: false, reason: 'line-does-not-split' });
	});

	it('refuses a line that ends inside the zone', () => {
		const result = splitZone(
			makeZone('a', rect(0, 0, 1000, 1000)),
			line([500, -10], [500, 600]),
			ids()
		);
		expect(result).toMatchObject({ ok: false, reason: 'line-does-not-split' });
	});

	it('refuses a line that only runs along the zone’s edge', () => {
		const result = splitZone(
			makeZone('a', rect(0, 0, 1000, 1000)),
			line([1000, -10], [1000, 1010]),
			ids()
		);
		expect(result).toMatchObject({ ok: false, reason: 'line-does-not-split' });
	});
});
