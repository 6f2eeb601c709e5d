import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { fillHoles } from './fill-holes';

const square = (x: number, size: number) => [
	[x, 0],
	[x + size, 0],
	[x + size, size],
	[x, size],
	[x, 0]
];

describe('fillHoles', () => {
	it('drops the holes of a polygon and keeps its outer ring', () => {
		const withHole: Polygon = { type: 'Polygon', coordinates: [square(0, 10), square(2, 2)] };
		expect(fillHoles(withHole).coordinates).toEqual([square(0, 10)]);
		expect(withHole.coordinates).toHaveLength(2);
	});

	it('does so for every part of a multipolygon', () => {
		const multi: MultiPolygon = {
			type: 'MultiPolygon',
			coordinates: [[square(0, 10), square(2, 2)], [square(20, 5)]]
		};
		expect(fillHoles(multi).coordinates).toEqual([[square(0, 10)], [square(20, 5)]]);
	});
});
