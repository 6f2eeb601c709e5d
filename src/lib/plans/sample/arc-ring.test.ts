import { describe, expect, it } from 'vitest';
import { areaOf } from './area-ops';
import { circleArcs, densifyArcs } from './arc-ring';
import { toLocal } from './local-frame';

describe('circleArcs', () => {
	it('gives four quarter arcs that meet end to start, counter-clockwise from east', () => {
		const arcs = circleArcs({ x: 0, y: 0 }, 60);
		expect(arcs.map((a) => a[0])).toEqual([
			[500060, 6600000],
			[500000, 6600060],
			[499940, 6600000],
			[500000, 6599940]
		]);
		expect(arcs.map((a) => a[2])).toEqual([...arcs.slice(1), arcs[0]].map((a) => a![0]));
		expect(arcs[0]![1]).toEqual([500042.426, 6600042.426]);
	});
});

describe('densifyArcs', () => {
	it('is the circle within 1 cm, on the mm grid, counter-clockwise, unclosed', () => {
		const ring = densifyArcs(circleArcs({ x: 1000, y: -2000 }, 60));
		const off = ring.map((p) => Math.abs(Math.hypot(p.x - 1000, p.y + 2000) / 1000 - 60));
		expect(Math.max(...off)).toBeLessThan(0.011);
		// Chords lie inside the arc: at most 1 cm × the perimeter is lost.
		const lost = Math.PI * 3600 - areaOf([ring]);
		expect(lost > 0 && lost < 2 * Math.PI * 60 * 0.01).toBe(true);
		expect(ring[0]).toEqual(toLocal([500061, 6599998]));
		expect(ring[ring.length - 1]).not.toEqual(ring[0]);
		expect(ring.every((p) => Number.isInteger(p.x) && Number.isInteger(p.y))).toBe(true);
	});
});
