import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { densifyArc, densifyCircle } from './densify-arc';

const radiusOf = ([x, y]: Position) => Math.hypot(x as number, y as number);

/** Largest distance between a chord's midpoint and the circle of radius r around the origin. */
function maxSagitta(points: Position[], r: number): number {
	let max = 0;
	for (let i = 1; i < points.length; i++) {
		const [x1, y1] = points[i - 1] as [number, number];
		const [x2, y2] = points[i] as [number, number];
		max = Math.max(max, r - Math.hypot((x1 + x2) / 2, (y1 + y2) / 2));
	}
	return max;
}

describe('densifyArc', () => {
	// Half circle, r = 10: a chord of angle θ deviates r(1 − cos θ/2) ≤ 0.01 when θ ≤ 0.0894,
	// so π needs ceil(35.1) = 36 chords, 37 vertices.
	it('splits a half circle into chords within 0.01 of the circle', () => {
		const points = densifyArc([10, 0], [0, 10], [-10, 0]);
		expect({
			count: points.length,
			onCircle: points.every((p) => Math.abs(radiusOf(p) - 10) < 1e-9),
			sagitta: maxSagitta(points, 10) <= 0.01,
			ends: [points[0], points.at(-1)]
		}).toEqual({
			count: 37,
			onCircle: true,
			sagitta: true,
			ends: [
				[10, 0],
				[-10, 0]
			]
		});
	});

	it('follows a clockwise arc through its middle point', () => {
		const points = densifyArc([-10, 0], [0, 10], [10, 0]);
		expect(points[18]?.[1]).toBeCloseTo(10, 6);
	});

	it('keeps three collinear points as they are', () => {
		expect(densifyArc([0, 0], [1, 1], [2, 2])).toEqual([
			[0, 0],
			[1, 1],
			[2, 2]
		]);
	});

	it('keeps precision at UTM coordinates', () => {
		const points = densifyArc([580010, 6633000], [580000, 6633010], [579990, 6633000]);
		expect(
			points.every(([x, y]) => Math.abs(Math.hypot(x! - 580000, y! - 6633000) - 10) < 1e-6)
		).toBe(true);
	});
});

describe('densifyCircle', () => {
	// 2π / 0.0895 = 70.2, so 71 chords and 72 vertices, the last one the first again.
	it('closes the ring on its first point', () => {
		const ring = densifyCircle([10, 0], [0, 10], [-10, 0]);
		expect({ first: ring[0], last: ring.at(-1), count: ring.length }).toEqual({
			first: [10, 0],
			last: [10, 0],
			count: 72
		});
	});
});
