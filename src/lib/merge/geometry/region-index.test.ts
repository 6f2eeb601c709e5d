import { describe, expect, it } from 'vitest';
import { RegionIndex } from './region-index';

// A 100 × 100 square with a 20 × 20 hole at (40, 40), as Clipper returns it.
const region = () =>
	new RegionIndex([
		[
			{ x: 0, y: 0 },
			{ x: 100, y: 0 },
			{ x: 100, y: 100 },
			{ x: 0, y: 100 }
		],
		[
			{ x: 40, y: 40 },
			{ x: 40, y: 60 },
			{ x: 60, y: 60 },
			{ x: 60, y: 40 }
		]
	]);

describe('RegionIndex.classify', () => {
	it('proves a box inside when no edge meets it', () => {
		expect(region().classify({ minX: 10, minY: 10, maxX: 30, maxY: 30 })).toBe('inside');
	});

	it('proves a box in a hole outside', () => {
		expect(region().classify({ minX: 45, minY: 45, maxX: 55, maxY: 55 })).toBe('outside');
	});

	it('proves a far box outside without looking at edges', () => {
		expect(region().classify({ minX: 200, minY: 0, maxX: 300, maxY: 10 })).toBe('outside');
	});

	it('calls a box crossed by an edge crossing', () => {
		expect(region().classify({ minX: 90, minY: 10, maxX: 110, maxY: 20 })).toBe('crossing');
	});

	it('calls a box that only touches an edge crossing (clipping decides)', () => {
		expect(region().classify({ minX: 60, minY: 45, maxX: 70, maxY: 55 })).toBe('crossing');
	});

	it('treats a box around a whole hole as crossing, not inside', () => {
		// No edge crosses the box sides, but the hole's edges lie inside the box.
		expect(region().classify({ minX: 30, minY: 30, maxX: 70, maxY: 70 })).toBe('crossing');
	});
});
