import type { FeatureCollection, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { planarArea } from '../../geometry/area';
import type { Zone } from '../../zones/types';
import { createZones, ZONE_AREAS } from './fixtures/make-zones';
import { readZonesFile } from './read-zones-file';
import { writeZonesGeoJson } from './write-zones-geojson';

const bytes = (text: string) => new TextEncoder().encode(text);

/** Largest distance in metres between corresponding positions of two zone lists. */
function maxDistance(a: readonly Zone[], b: readonly Zone[]): number {
	const positions = (zones: readonly Zone[]) =>
		zones.flatMap((z) =>
			z.geometry.type === 'Polygon' ? z.geometry.coordinates.flat() : z.geometry.coordinates.flat(2)
		);
	const pb = positions(b);
	return Math.max(
		...positions(a).map((p: Position, i) => Math.hypot(p[0]! - pb[i]![0]!, p[1]! - pb[i]![1]!))
	);
}

describe('writeZonesGeoJson', () => {
	it('in EPSG:25832 reads back exactly, with the crs member named', async () => {
		const zones = createZones();
		const text = writeZonesGeoJson(zones, { crs: 25832 });
		const read = await readZonesFile(bytes(text), 'soner.geojson');
		expect(read.zones).toEqual(zones);
		expect(read.sourceCrs).toBe(25832);
		expect((JSON.parse(text) as { crs: unknown }).crs).toEqual({
			type: 'name',
			properties: { name: 'urn:ogc:def:crs:EPSG::25832' }
		});
	});

	it('in WGS 84 (RFC 7946) reads back within 1e-6 m, with equal areas and a reprojection note', async () => {
		const zones = createZones();
		const read = await readZonesFile(
			bytes(writeZonesGeoJson(zones, { crs: 4326 })),
			'soner.geojson'
		);
		expect(maxDistance(read.zones, zones)).toBeLessThan(1e-6);
		read.zones.forEach((zone, i) =>
			expect(planarArea(zone.geometry)).toBeCloseTo(ZONE_AREAS[i]!, 3)
		);
		expect(read.zones.map((z) => [z.id, z.name])).toEqual(zones.map((z) => [z.id, z.name]));
		expect(read.notes).toEqual([
			expect.objectContaining({ kind: 'reprojected', fromSrid: 4326, zoneId: null })
		]);
	});

	it('writes RFC 7946: no crs member, longitude/latitude near Asker, outer rings counter-clockwise', () => {
		const data = JSON.parse(
			writeZonesGeoJson(createZones(), { crs: 4326 })
		) as FeatureCollection & {
			crs?: unknown;
		};
		const [lon, lat] = (data.features[0]!.geometry as Polygon).coordinates[0]![0]!;
		expect(data.crs).toBeUndefined();
		expect([lon! > 10 && lon! < 11, lat! > 59 && lat! < 60]).toEqual([true, true]);
		const ring = (data.features[0]!.geometry as Polygon).coordinates[0]!;
		// Counter-clockwise: the second vertex of a square drawn E, N, W, S lies to the east.
		expect(ring[1]![0]! > ring[0]![0]!).toBe(true);
	});

	it('writes id, name and area_m2 properties and the Feature id', () => {
		const data = JSON.parse(writeZonesGeoJson(createZones(), { crs: 25832 })) as FeatureCollection;
		expect(data.features.map((f) => [f.id, f.properties])).toEqual([
			['A', { id: 'A', name: 'Heggedal', area_m2: 1_000_000 }],
			['B', { id: 'B', name: 'Vollen', area_m2: 190_000 }],
			['C', { id: 'C', name: 'Nesøya og Brønnøya', area_m2: 80_000 }]
		]);
	});
});
