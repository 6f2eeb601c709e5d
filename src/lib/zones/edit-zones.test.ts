import { describe, expect, it } from 'vitest';
import { planarArea } from '../geometry/area';
import { checkPartition } from './check-partition';
import { applyZoneEdit } from './edit-zones';
import { line, makeZone, polygon, rect, twoSquares } from './fixtures/build';
import type { Zone } from './types';

const boundary = rect(0, 0, 2000, 1000);

function ok(result: ReturnType<typeof applyZoneEdit>) {
	if (!result.ok) throw new Error(`refused: ${result.reason}`);
	return result;
}

describe('applyZoneEdit', () => {
	it('adds a drawn zone with its vertices put back exactly on the neighbour it was snapped to', () => {
		const left = makeZone('left', rect(0, 0, 1000, 1000));
		// Drawn through WGS 84: the shared corners come back 0.1 mm off.
		const drawn = polygon([
			[1000.0001, -0.0001],
			[2000, 0],
			[2000, 1000],
			[999.9999, 1000.0001]
		]);
		const result = ok(
			applyZoneEdit([left], boundary, { kind: 'add', id: 'right', name: 'Øst', geometry: drawn })
		);
		expect(result.zones.map((z) => z.id)).toEqual(['left', 'right']);
		expect(result.zones[0]).toBe(left);
		const ring = (result.zones[1]!.geometry.coordinates as number[][][])[0]!;
		expect(ring).toContainEqual([1000, 0]);
		expect(ring).toContainEqual([1000, 1000]);
		expect(checkPartition({ zones: result.zones, boundary })).toEqual([]);
	});

	it('gives the neighbour the vertex where a drawn corner was snapped onto its edge', () => {
		const left = makeZone('left', rect(0, 0, 1000, 1000));
		const drawn = polygon([
			[1000.0001, 400],
			[2000, 400],
			[2000, 1000],
			[1000, 1000]
		]);
		const result = ok(
			applyZoneEdit([left], boundary, { kind: 'add', id: 'ne', name: 'NØ', geometry: drawn })
		);
		expect(result.changed).toEqual(expect.arrayContaining(['ne', 'left']));
		const leftRing = (result.zones[0]!.geometry.coordinates as number[][][])[0]!;
		expect(leftRing).toContainEqual([1000, 400]);
	});

	it('repairs a bow-tie and reports the area it changed', () => {
		// Lobes of 500 × 500 / 2 each: planarArea of the drawing counts them against each other (0).
		const bowTie = polygon([
			[0, 0],
			[1000, 1000],
			[1000, 0],
			[0, 1000]
		]);
		const result = ok(
			applyZoneEdit([], boundary, { kind: 'add', id: 'b', name: 'B', geometry: bowTie })
		);
		expect(planarArea(result.zones[0]!.geometry)).toBeCloseTo(500_000, 3);
		expect(result.notes).toEqual([
			{
				kind: 'repaired',
				zoneId: 'b',
				reason: 'self-intersection',
				areaChange: expect.closeTo(500_000, 3)
			}
		]);
	});

	it('refuses a drawing with no area and changes nothing', () => {
		const flat = polygon([
			[0, 0],
			[500, 0],
			[1000, 0]
		]);
		const result = applyZoneEdit([], boundary, { kind: 'add', id: 'f', name: 'F', geometry: flat });
		expect(result).toMatchObject({ ok: false, reason: 'zero-area' });
	});

	it('moves a shared vertex in both zones as one edit', () => {
		const { zones } = twoSquares();
		const result = ok(
			applyZoneEdit(zones, boundary, { kind: 'move-vertex', from: [1000, 1000], to: [1200, 1000] })
		);
		expect(result.changed.sort()).toEqual(['left', 'right']);
		// Left gains the triangle (1000,0)-(1200,1000)-(1000,1000): 1 000 × 200 / 2 m².
		expect(planarArea(result.zones[0]!.geometry)).toBeCloseTo(1_100_000, 6);
		expect(planarArea(result.zones[1]!.geometry)).toBeCloseTo(900_000, 6);
	});

	it('splits a zone along a line and keeps the partition', () => {
		const { zones } = twoSquares();
		let n = 0;
		const result = ok(
			applyZoneEdit(zones, boundary, {
				kind: 'split',
				zoneId: 'left',
				line: line([-10, 300], [1010, 300]),
				newId: () => `new${++n}`
			})
		);
		expect(result.zones.map((z) => z.id).sort()).toEqual(['left', 'new1', 'right']);
		const areas = Object.fromEntries(result.zones.map((z) => [z.id, planarArea(z.geometry)]));
		expect(areas.left).toBeCloseTo(700_000, 3);
		expect(areas.new1).toBeCloseTo(300_000, 3);
		expect(checkPartition({ zones: result.zones, boundary })).toEqual([]);
	});

	it('merges two neighbours into the first one, and refuses zones that are not neighbours', () => {
		const { zones } = twoSquares();
		const merged = ok(
			applyZoneEdit(zones, boundary, { kind: 'merge', zoneId: 'left', otherId: 'right' })
		);
		expect(merged.zones.map((z) => z.id)).toEqual(['left']);
		expect(planarArea(merged.zones[0]!.geometry)).toBeCloseTo(2_000_000, 3);

		const far: Zone[] = [zones[0]!, makeZone('far', rect(1500, 0, 2000, 1000))];
		expect(
			applyZoneEdit(far, boundary, { kind: 'merge', zoneId: 'left', otherId: 'far' })
		).toMatchObject({
			ok: false,
			reason: 'zones-not-neighbours'
		});
	});

	it('deletes and renames without touching other zones', () => {
		const { zones } = twoSquares();
		const renamed = ok(
			applyZoneEdit(zones, boundary, { kind: 'rename', zoneId: 'right', name: 'Hurum' })
		);
		expect(renamed.zones[0]).toBe(zones[0]);
		expect(renamed.zones[1]!.name).toBe('Hurum');
		const deleted = ok(applyZoneEdit(zones, boundary, { kind: 'delete', zoneId: 'left' }));
		expect(deleted.zones).toEqual([zones[1]]);
	});

	it('fixes an overlap and lists what it changed', () => {
		// Right reaches 50 m into left: 50 × 1 000 = 50 000 m² of overlap.
		const zones = [
			makeZone('left', rect(0, 0, 1000, 1000)),
			makeZone('right', rect(950, 0, 2000, 1000))
		];
		const result = ok(
			applyZoneEdit(zones, boundary, { kind: 'fix', options: { sliverWidth: 5, minArea: 1 } })
		);
		expect(checkPartition({ zones: result.zones, boundary })).toEqual([]);
		const note = result.notes[0];
		expect(note?.kind).toBe('fixed');
		if (note?.kind !== 'fixed') return;
		const resolved = note.changes.filter((c) => c.kind === 'overlap-resolved');
		expect(resolved).toHaveLength(1);
		expect(resolved[0]!.area).toBeCloseTo(50_000, 3);
	});
});
