import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { repairGeometry } from './repair-geometry';

const ring = (...points: number[][]) => [...points, points[0]!];
const MM2 = 1e6;

describe('repairGeometry', () => {
	it('leaves a valid polygon unreported, whatever the winding of its rings', () => {
		// Outer clockwise and hole counter-clockwise (both "wrong" for RFC 7946): still valid.
		// 100 × 100 − 10 × 10 = 9 900 m².
		const polygon: Polygon = {
			type: 'Polygon',
			coordinates: [
				ring([0, 0], [0, 100], [100, 100], [100, 0]),
				ring([10, 10], [20, 10], [20, 20], [10, 20])
			]
		};
		const result = repairGeometry(polygon);
		expect([result.repaired, result.area / MM2]).toEqual([false, 9_900]);
	});

	it('turns a bow-tie into its two lobes and reports it', () => {
		// Lobes are triangles of base 100 and height 50: 2 × 2 500 m²; as drawn the signed
		// lobes cancel to 0.
		const bowTie: Polygon = {
			type: 'Polygon',
			coordinates: [ring([0, 0], [100, 100], [100, 0], [0, 100])]
		};
		const result = repairGeometry(bowTie);
		expect([
			result.repaired,
			result.drawnArea / MM2,
			result.area / MM2,
			result.shape.length
		]).toEqual([true, 0, 5_000, 2]);
	});

	it('ignores a hole outside its shell and reports the change', () => {
		// As drawn: 100 − 25 = 75 m²; the hole lies outside, so the area is 100 m².
		const polygon: Polygon = {
			type: 'Polygon',
			coordinates: [
				ring([0, 0], [10, 0], [10, 10], [0, 10]),
				ring([20, 0], [25, 0], [25, 5], [20, 5])
			]
		};
		const result = repairGeometry(polygon);
		expect([result.repaired, result.drawnArea / MM2, result.area / MM2]).toEqual([true, 75, 100]);
	});

	it('merges overlapping parts of a multipolygon', () => {
		// Two 10 × 10 squares overlapping in 5 × 10: union 150 m², drawn 200 m².
		const multi: MultiPolygon = {
			type: 'MultiPolygon',
			coordinates: [
				[ring([0, 0], [10, 0], [10, 10], [0, 10])],
				[ring([5, 0], [15, 0], [15, 10], [5, 10])]
			]
		};
		const result = repairGeometry(multi);
		expect([result.repaired, result.area / MM2]).toEqual([true, 150]);
	});

	it('keeps an island inside another polygon’s hole', () => {
		// 30 × 30 with a 10 × 10 hole, plus a 4 × 4 island in the hole: 900 − 100 + 16 = 816 m².
		const multi: MultiPolygon = {
			type: 'MultiPolygon',
			coordinates: [
				[ring([0, 0], [30, 0], [30, 30], [0, 30]), ring([10, 10], [10, 20], [20, 20], [20, 10])],
				[ring([13, 13], [17, 13], [17, 17], [13, 17])]
			]
		};
		const result = repairGeometry(multi);
		expect([result.repaired, result.area / MM2]).toEqual([false, 816]);
	});

	it('reports a polygon without area', () => {
		const line: Polygon = { type: 'Polygon', coordinates: [ring([0, 0], [10, 0], [20, 0])] };
		const result = repairGeometry(line);
		expect([result.repaired, result.area, result.shape]).toEqual([true, 0, []]);
	});

	it('reports positions that are not numbers', () => {
		const polygon: Polygon = {
			type: 'Polygon',
			coordinates: [ring([0, 0], [10, 0], [Number.NaN, 5], [10, 10], [0, 10])]
		};
		const result = repairGeometry(polygon);
		expect([result.repaired, result.area / MM2]).toEqual([true, 100]);
	});
});
