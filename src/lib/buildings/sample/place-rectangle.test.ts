import { booleanIntersects } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { Rectangle } from './footprint';
import { rectangleOfArea, rectanglePolygon, rectanglesOverlap } from './footprint';
import { placeRectangle } from './place-rectangle';

const OPTIONS = { gap: 6, step: 4, maxShift: 1000 };

/** A school, its sport hall, a kindergarten and a pump station wanted at one point. */
const makeSite = (): Rectangle[] => [
	rectangleOfArea(580_000, 6_633_000, 4000, 2.5, 0.3),
	rectangleOfArea(580_000, 6_633_000, 1800, 1.5, 1.1),
	rectangleOfArea(580_000, 6_633_000, 400, 1.8, 2.4),
	rectangleOfArea(580_000, 6_633_000, 30, 1, 0)
];

function layOut(wanted: Rectangle[]): Rectangle[] {
	const placed: Rectangle[] = [];
	for (const [i, r] of wanted.entries()) {
		const result = placeRectangle(r, placed, { ...OPTIONS, startAngle: i });
		if (!result) throw new Error('not placed');
		placed.push(result.rectangle);
	}
	return placed;
}

describe('placeRectangle', () => {
	it('keeps the first building on its point', () => {
		const [first] = makeSite();
		expect(placeRectangle(first!, [], OPTIONS)).toEqual({ rectangle: first, shift: 0 });
	});

	it('leaves no two footprints at one site overlapping (checked with Turf)', () => {
		const placed = layOut(makeSite());
		const polygons = placed.map(rectanglePolygon);
		for (let i = 0; i < polygons.length; i++) {
			for (let j = i + 1; j < polygons.length; j++) {
				expect(booleanIntersects(polygons[i]!, polygons[j]!)).toBe(false);
			}
		}
	});

	it('keeps the gap between every pair', () => {
		const placed = layOut(makeSite());
		const pairs = placed.flatMap((a, i) => placed.slice(i + 1).map((b) => [a, b] as const));
		expect(pairs.some(([a, b]) => rectanglesOverlap(a, b, OPTIONS.gap - 0.01))).toBe(false);
	});

	it('keeps size and rotation when it moves a footprint', () => {
		const [school, hall] = makeSite();
		const moved = placeRectangle(hall!, [school!], OPTIONS)!;
		expect(moved.shift).toBeGreaterThan(0);
		expect([moved.rectangle.length, moved.rectangle.width, moved.rectangle.angle]).toEqual([
			hall!.length,
			hall!.width,
			hall!.angle
		]);
	});

	it('moves to where the extra rule allows', () => {
		const wanted = rectangleOfArea(0, 0, 100, 1, 0);
		const result = placeRectangle(wanted, [], { ...OPTIONS, allowed: (r) => r.x >= 50 });
		expect(result!.rectangle.x).toBeGreaterThanOrEqual(50);
		expect(result!.shift).toBe(52);
	});

	it('returns null when no position within reach is allowed', () => {
		const wanted = rectangleOfArea(0, 0, 100, 1, 0);
		expect(placeRectangle(wanted, [], { ...OPTIONS, maxShift: 40, allowed: () => false })).toBe(
			null
		);
	});
});
