import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
	arcThroughPoints,
	arcWithRadius,
	circleRing,
	circumcentre,
	MAX_SEGMENTS
} from './densify-arc';
import { signedRingArea } from './ring-area';

/** The largest distance from a chord's midpoint to the circle (the sagitta actually used). */
function maxSagitta(points: Position[], centre: Position, r: number): number {
	let worst = 0;
	for (let i = 0; i + 1 < points.length; i++) {
		const [a, b] = [points[i] as number[], points[i + 1] as number[]];
		const mid = [
			((a[0] as number) + (b[0] as number)) / 2,
			((a[1] as number) + (b[1] as number)) / 2
		];
		worst = Math.max(
			worst,
			r -
				Math.hypot(
					(mid[0] as number) - (centre[0] as number),
					(mid[1] as number) - (centre[1] as number)
				)
		);
	}
	return worst;
}

describe('arcThroughPoints', () => {
	it('runs counter-clockwise from p1 through p2 to p3, ends exact', () => {
		const arc = arcThroughPoints([10, 0], [0, 10], [-10, 0]) as Position[];
		expect(arc[0]).toEqual([10, 0]);
		expect(arc[arc.length - 1]).toEqual([-10, 0]);
		expect(arc.every((p) => (p[1] as number) >= -1e-9)).toBe(true);
	});

	it('runs clockwise when p2 is on the other side', () => {
		const arc = arcThroughPoints([10, 0], [0, -10], [-10, 0]) as Position[];
		expect(arc.every((p) => (p[1] as number) <= 1e-9)).toBe(true);
	});

	it('keeps every chord within 1 cm of the arc (r = 10 m: 36 chords for a half circle)', () => {
		const arc = arcThroughPoints([10, 0], [0, 10], [-10, 0]) as Position[];
		expect(arc).toHaveLength(37);
		expect(maxSagitta(arc, [0, 0], 10)).toBeLessThanOrEqual(0.01);
	});

	it('caps a huge arc at 256 segments', () => {
		const arc = arcThroughPoints([1e5, 0], [0, 1e5], [-1e5, 0]) as Position[];
		expect(arc).toHaveLength(MAX_SEGMENTS + 1);
	});

	it('returns null for collinear points', () => {
		expect(arcThroughPoints([0, 0], [5, 0], [10, 0])).toBeNull();
	});
});

describe('arcWithRadius (.BUE)', () => {
	it('negative radius: counter-clockwise short arc', () => {
		const arc = arcWithRadius([10, 0], [0, 10], -10, false) as Position[];
		expect(arc.every((p) => Math.hypot(p[0] as number, p[1] as number) - 10 < 1e-9)).toBe(true);
		expect(arc.every((p) => (p[0] as number) >= -1e-9 && (p[1] as number) >= -1e-9)).toBe(true);
	});

	it('positive radius with STORBUE: the clockwise three-quarter arc round the same centre', () => {
		const arc = arcWithRadius([10, 0], [0, 10], 10, true) as Position[];
		expect(arc.some((p) => (p[0] as number) < -9.9)).toBe(true);
		expect(arc.some((p) => (p[1] as number) < -9.9)).toBe(true);
	});

	it('returns null when the radius is shorter than half the chord', () => {
		expect(arcWithRadius([0, 0], [30, 0], 10, false)).toBeNull();
	});
});

describe('circleRing and circumcentre', () => {
	it('closes a counter-clockwise circle whose area is within the 1 cm band of π r²', () => {
		const ring = circleRing([0, 0], 10);
		expect(ring[0]).toEqual(ring[ring.length - 1]);
		expect(signedRingArea(ring)).toBeGreaterThan(Math.PI * 100 - 0.01 * 2 * Math.PI * 10);
	});

	it('finds the centre of three points on a circle', () => {
		expect(circumcentre([5, 0], [0, 5], [-5, 0])).toEqual([0, 0]);
	});
});
