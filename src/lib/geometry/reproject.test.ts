import type { FeatureCollection, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { reprojectFeatureCollection, reprojectGeometry, toUtm32, toWgs84 } from './reproject';
import { assumeCrs } from './types';

const asker: Point = { type: 'Point', coordinates: [10.43, 59.83] };

describe('reprojectGeometry', () => {
	it('moves a point to UTM 32N (PROJ cs2cs: 580166.8281 6633343.8836)', () => {
		const [x, y] = toUtm32(assumeCrs(asker, 4326)).coordinates as [number, number];
		expect(x).toBeCloseTo(580_166.8281, 3);
		expect(y).toBeCloseTo(6_633_343.8836, 3);
	});

	it('keeps a third coordinate (height) unchanged', () => {
		const point: Point = { type: 'Point', coordinates: [10.43, 59.83, 123.4] };
		expect(reprojectGeometry(point, 4326, 25832).coordinates[2]).toBe(123.4);
	});

	it('round-trips every ring of a polygon within a millimetre', () => {
		const polygon: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[580_000, 6_633_000],
					[581_000, 6_633_000],
					[581_000, 6_634_000],
					[580_000, 6_633_000]
				]
			]
		};
		const back = toUtm32(toWgs84(assumeCrs(polygon, 25832)));
		back.coordinates[0]!.forEach((p, i) => {
			expect(p[0]).toBeCloseTo(polygon.coordinates[0]![i]![0]!, 3);
			expect(p[1]).toBeCloseTo(polygon.coordinates[0]![i]![1]!, 3);
		});
	});

	it('does not mutate its input', () => {
		const input = Object.freeze({ type: 'Point', coordinates: Object.freeze([10.43, 59.83]) });
		const out = reprojectGeometry(input as Point, 4326, 4326);
		expect(out).not.toBe(input);
		expect(out).toEqual(input);
	});
});

describe('reprojectFeatureCollection', () => {
	it('keeps ids and properties', () => {
		const fc: FeatureCollection<Point, { name: string }> = {
			type: 'FeatureCollection',
			features: [{ type: 'Feature', id: 7, properties: { name: 'Asker' }, geometry: asker }]
		};
		const out = reprojectFeatureCollection(fc, 4326, 25832);
		expect(out.features[0]).toMatchObject({ id: 7, properties: { name: 'Asker' } });
		expect(out.features[0]!.geometry.coordinates[0]).toBeCloseTo(580_166.828, 2);
	});
});
