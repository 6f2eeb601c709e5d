import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { BuildingAttributes } from './types';
import { toBuildingRecord } from './to-record';

const attributes = { buildingNumber: '900000001', name: 'Test' } as BuildingAttributes;

describe('toBuildingRecord', () => {
	it('turns an L-shaped footprint into a MultiPolygon with a position on the building', () => {
		// An L: the centroid of this shape (≈ 583.3, 6 633 183) falls in the notch, outside.
		const l: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[580000, 6633000],
					[580100, 6633000],
					[580100, 6633010],
					[580010, 6633010],
					[580010, 6633300],
					[580000, 6633300],
					[580000, 6633000]
				]
			]
		};
		const record = toBuildingRecord(
			{ type: 'Feature', geometry: l, properties: attributes },
			25832
		);
		expect(record.footprint?.type).toBe('MultiPolygon');
		expect(record.footprint?.coordinates[0]).toEqual(l.coordinates);
		expect(booleanPointInPolygon(record.position, l)).toBe(true);
	});

	it('reprojects a lon/lat point to EPSG:25832 metres', () => {
		const record = toBuildingRecord(
			{
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [10.4347, 59.8333] },
				properties: attributes
			},
			4326
		);
		expect(record.footprint).toBeNull();
		const [x, y] = record.position.coordinates;
		expect(x).toBeGreaterThan(560_000);
		expect(x).toBeLessThan(590_000);
		expect(y).toBeGreaterThan(6_620_000);
		expect(y).toBeLessThan(6_650_000);
	});

	it('refuses a line, naming the building', () => {
		const line = {
			type: 'LineString',
			coordinates: [
				[0, 0],
				[1, 1]
			]
		};
		expect(() =>
			toBuildingRecord({ type: 'Feature', geometry: line, properties: attributes } as never, 25832)
		).toThrow(/900000001/);
	});
});
