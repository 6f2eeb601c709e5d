import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadWkx } from './load-libraries';
import { readWkb } from './read-wkb';
import { writeWkb } from './write-wkb';

const square: Polygon = {
	type: 'Polygon',
	coordinates: [
		[
			[0, 0],
			[10.5, 0],
			[10.5, 10.25],
			[0, 0]
		]
	]
};

describe('writeWkb', () => {
	it('writes a Polygon wkx reads back exactly', async () => {
		const wkx = await loadWkx();
		expect(readWkb(wkx, writeWkb(square))).toEqual({ geometry: square, droppedDimensions: false });
	});

	it('writes a MultiPolygon with a hole that wkx reads back exactly', async () => {
		const multi: MultiPolygon = {
			type: 'MultiPolygon',
			coordinates: [
				square.coordinates,
				[
					[
						[100, 100],
						[200, 100],
						[200, 200],
						[100, 100]
					],
					[
						[150, 120],
						[190, 180],
						[180, 120],
						[150, 120]
					]
				]
			]
		};
		const wkx = await loadWkx();
		expect(readWkb(wkx, writeWkb(multi)).geometry).toEqual(multi);
	});

	it('uses the ISO type code 3 and little-endian byte order', () => {
		const bytes = writeWkb(square);
		expect([bytes[0], new DataView(bytes.buffer).getUint32(1, true), bytes.length]).toEqual([
			1,
			3,
			9 + 4 + 4 * 16
		]);
	});
});
