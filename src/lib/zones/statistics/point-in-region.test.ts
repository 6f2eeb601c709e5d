import { describe, expect, it } from 'vitest';
import { regionHasPoint, toGridPoint } from './point-in-region';

const square = [
	[
		{ x: 0, y: 0 },
		{ x: 10, y: 0 },
		{ x: 10, y: 10 },
		{ x: 0, y: 10 }
	]
];

describe('regionHasPoint', () => {
	it('holds an inner point and not an outer one', () => {
		expect([regionHasPoint(square, 5, 5), regionHasPoint(square, 15, 5)]).toEqual([true, false]);
	});

	it('gives the west and south edges to the region, the east and north edges away', () => {
		// The point belongs where a nudge east, then north, takes it.
		expect({
			west: regionHasPoint(square, 0, 5),
			south: regionHasPoint(square, 5, 0),
			east: regionHasPoint(square, 10, 5),
			north: regionHasPoint(square, 5, 10)
		}).toEqual({ west: true, south: true, east: false, north: false });
	});

	it('gives the south-west corner only, of the four corners', () => {
		const corners = [
			[0, 0],
			[10, 0],
			[10, 10],
			[0, 10]
		].map(([x, y]) => regionHasPoint(square, x!, y!));
		expect(corners).toEqual([true, false, false, false]);
	});

	it('puts a point on a diagonal border in exactly one of the two triangles', () => {
		const lower = [
			[
				{ x: 0, y: 0 },
				{ x: 10, y: 0 },
				{ x: 10, y: 10 }
			]
		];
		const upper = [
			[
				{ x: 0, y: 0 },
				{ x: 10, y: 10 },
				{ x: 0, y: 10 }
			]
		];
		// (5, 5) is on the diagonal; nudged east it is below it, in the lower triangle.
		expect([regionHasPoint(lower, 5, 5), regionHasPoint(upper, 5, 5)]).toEqual([true, false]);
	});

	it('leaves a hole out, its border included on the hole’s own side rule', () => {
		const withHole = [
			...square,
			[
				{ x: 3, y: 3 },
				{ x: 3, y: 7 },
				{ x: 7, y: 7 },
				{ x: 7, y: 3 }
			]
		];
		expect([
			regionHasPoint(withHole, 5, 5),
			regionHasPoint(withHole, 3, 5),
			regionHasPoint(withHole, 7, 5)
		]).toEqual([false, false, true]);
	});

	it('stays exact at real UTM coordinates on the millimetre grid', () => {
		const { x, y } = toGridPoint([580_000.0004, 6_633_000]);
		const ring = [
			[
				{ x: 580_000_000, y: 6_632_000_000 },
				{ x: 590_000_000, y: 6_632_000_000 },
				{ x: 590_000_000, y: 6_642_000_000 },
				{ x: 580_000_000, y: 6_642_000_000 }
			]
		];
		expect({ x, inside: regionHasPoint(ring, x, y) }).toEqual({ x: 580_000_000, inside: true });
	});
});
