import { describe, expect, it } from 'vitest';
import { deepFreeze, makeZone, outerRing, rect, twoSquares } from './fixtures/build';
import { mergeZones } from './merge-zones';

describe('mergeZones', () => {
	it('merges two squares sharing a border into one 2 000 × 1 000 rectangle with four corners', () => {
		const [left, right] = twoSquares().zones;
		const result = mergeZones(left!, right!, 'lr', 'Vest');
		expect(result).toEqual({
			ok: true,
			zone: { id: 'lr', name: 'Vest', geometry: rect(0, 0, 2000, 1000) }
		});
	});

	it('keeps straight-line vertices that remaining zones still share', () => {
		// Four squares in a 2 × 2 grid; merging the top two keeps (1000, 1000), the corner of
		// both bottom squares, and drops (1000, 2000), which no other zone has.
		const zones = deepFreeze([
			makeZone('bl', rect(0, 0, 1000, 1000)),
			makeZone('br', rect(1000, 0, 2000, 1000)),
			makeZone('tl', rect(0, 1000, 1000, 2000)),
			makeZone('tr', rect(1000, 1000, 2000, 2000))
		]);
		const result = mergeZones(zones[2]!, zones[3]!, 't', 'Nord', { others: zones });
		expect(result.ok && outerRing(result.zone)).toEqual([
			[0, 1000],
			[1000, 1000],
			[2000, 1000],
			[2000, 2000],
			[0, 2000]
		]);
	});

	it('merges overlapping zones', () => {
		// 0–1 010 and 1 000–2 000: the union is still the 2 000 × 1 000 rectangle.
		const result = mergeZones(
			makeZone('a', rect(0, 0, 1010, 1000)),
			makeZone('b', rect(1000, 0, 2000, 1000)),
			'ab',
			'AB'
		);
		expect(result.ok && result.zone.geometry).toEqual(rect(0, 0, 2000, 1000));
	});

	it('refuses zones that share no border', () => {
		const result = mergeZones(
			makeZone('a', rect(0, 0, 1000, 1000)),
			makeZone('b', rect(2000, 0, 3000, 1000)),
			'ab',
			'AB'
		);
		expect(result).toMatchObject({ ok: false, reason: 'zones-not-neighbours' });
	});

	it('refuses zones that only meet at a corner', () => {
		const result = mergeZones(
			makeZone('a', rect(0, 0, 1000, 1000)),
			makeZone('b', rect(1000, 1000, 2000, 2000)),
			'ab',
			'AB'
		);
		expect(result).toMatchObject({ ok: false, reason: 'zones-touch-at-point' });
	});

	it('refuses to merge a zone with itself', () => {
		const zone = makeZone('a', rect(0, 0, 1000, 1000));
		expect(mergeZones(zone, zone, 'aa', 'A')).toMatchObject({ ok: false, reason: 'same-zone' });
	});
});
