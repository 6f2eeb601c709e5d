import { booleanIntersects } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { planarArea } from '../../geometry/area';
import type { Rectangle } from './footprint';
import {
	rectangleCorners,
	rectangleOfArea,
	rectanglePolygon,
	rectanglesOverlap
} from './footprint';

const square = (x: number, y: number, side: number, angle = 0): Rectangle => ({
	x,
	y,
	length: side,
	width: side,
	angle
});

describe('rectangleOfArea', () => {
	it.each([
		[25, 1, 0],
		[200, 2, 0.3],
		[1234.5, 2.7, 1.2],
		[10_493, 1.5, 3.1]
	])('has area %f m² (aspect %f, angle %f) within 0.1 %%', (area, aspect, angle) => {
		const polygon = rectanglePolygon(rectangleOfArea(580_000, 6_633_000, area, aspect, angle));
		expect(Math.abs(planarArea(polygon) / area - 1)).toBeLessThan(0.001);
	});

	it('makes a 20 m × 10 m rectangle for 200 m² at aspect 2', () => {
		const r = rectangleOfArea(0, 0, 200, 2, 0);
		expect([r.length, r.width]).toEqual([20, 10]);
	});

	it('rejects a zero area or an aspect below 1', () => {
		expect(() => rectangleOfArea(0, 0, 0, 1, 0)).toThrow(RangeError);
		expect(() => rectangleOfArea(0, 0, 10, 0.5, 0)).toThrow(RangeError);
	});
});

describe('rectanglePolygon', () => {
	it('is a closed, counter-clockwise ring (positive shoelace sum)', () => {
		const ring = rectanglePolygon(rectangleOfArea(10, 20, 50, 2, 2)).coordinates[0]!;
		expect(ring[0]).toEqual(ring[4]);
		let twice = 0;
		for (let i = 0; i < 4; i++) {
			twice += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
		}
		expect(twice).toBeGreaterThan(0);
	});

	it('puts the corners of an axis-aligned 4 m × 2 m rectangle at ±2, ±1', () => {
		expect(rectangleCorners({ x: 0, y: 0, length: 4, width: 2, angle: 0 })).toEqual([
			[-2, -1],
			[2, -1],
			[2, 1],
			[-2, 1]
		]);
	});
});

describe('rectanglesOverlap', () => {
	it('sees two squares 10 m apart (edge to edge) as apart with a 4 m gap', () => {
		expect(rectanglesOverlap(square(0, 0, 10), square(20, 0, 10), 4)).toBe(false);
	});

	it('sees them as too close with a 12 m gap', () => {
		expect(rectanglesOverlap(square(0, 0, 10), square(20, 0, 10), 12)).toBe(true);
	});

	it('does not count touching at exactly the gap as overlap', () => {
		expect(rectanglesOverlap(square(0, 0, 10), square(14, 0, 10), 4)).toBe(false);
	});

	it('finds a diamond that pokes into a square', () => {
		// A 10 m square turned 45° reaches 7.07 m from its centre along x.
		expect(rectanglesOverlap(square(0, 0, 10), square(12, 0, 10, Math.PI / 4))).toBe(true);
		expect(rectanglesOverlap(square(0, 0, 10), square(12.2, 0, 10, Math.PI / 4))).toBe(false);
	});

	it('agrees with Turf on rotated rectangles near each other', () => {
		const a: Rectangle = { x: 0, y: 0, length: 30, width: 12, angle: 0.4 };
		const outcomes = new Set<boolean>();
		for (let dx = 10; dx <= 40; dx += 1.5) {
			const b: Rectangle = { x: dx, y: 8, length: 20, width: 8, angle: 1.9 };
			const turf = booleanIntersects(rectanglePolygon(a), rectanglePolygon(b));
			expect(rectanglesOverlap(a, b)).toBe(turf);
			outcomes.add(turf);
		}
		expect([...outcomes].sort()).toEqual([false, true]);
	});
});
