import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { orientRings, signedArea } from './orient-rings';

const ccwSquare = (x: number, y: number, size: number): Position[] => [
	[x, y],
	[x + size, y],
	[x + size, y + size],
	[x, y + size],
	[x, y]
];

describe('orientRings', () => {
	it('turns a clockwise exterior counter-clockwise and a counter-clockwise hole clockwise', () => {
		const polygon: Polygon = {
			type: 'Polygon',
			coordinates: [ccwSquare(0, 0, 10).reverse(), ccwSquare(2, 2, 2)]
		};
		const oriented = orientRings(polygon).coordinates;
		expect([signedArea(oriented[0]!), signedArea(oriented[1]!)]).toEqual([200, -8]);
	});

	it('leaves correctly oriented rings equal and does not change its input', () => {
		const polygon = Object.freeze({
			type: 'Polygon' as const,
			coordinates: [ccwSquare(0, 0, 10), ccwSquare(2, 2, 2).reverse()]
		});
		expect(orientRings(polygon)).toEqual(polygon);
	});

	it('orients every polygon of a multipolygon', () => {
		const oriented = orientRings({
			type: 'MultiPolygon',
			coordinates: [[ccwSquare(0, 0, 1).reverse()], [ccwSquare(5, 5, 1).reverse()]]
		});
		expect(oriented.coordinates.map((p) => signedArea(p[0]!))).toEqual([2, 2]);
	});
});
