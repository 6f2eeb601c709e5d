import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { planarArea } from '../../geometry/area';
import { converter } from '../../geometry/crs';
import { loadSqlJs } from '../gpkg/load-libraries';
import { SRS_25832 } from '../gpkg/srs-definitions';
import { writeGeoPackage } from '../gpkg/write-geopackage';
import { writeGpb } from '../gpkg/write-gpb';
import { createZones, E0, editGeoPackage, N0, rectangleRing } from './fixtures/make-zones';
import { readZonesFile } from './read-zones-file';
import { writeZonesGeoPackage } from './write-zones-geopackage';

const SRS_25833 = {
	...SRS_25832,
	srsName: 'ETRS89 / UTM zone 33N',
	srsId: 25833,
	organizationCoordsysId: 25833,
	definition: 'PROJCS["ETRS89 / UTM zone 33N",AUTHORITY["EPSG","25833"]]'
};

/** A one-layer GeoPackage of Polygon features in `srs`, named by `name`. */
function polygonPackage(rings: Position[][][], srs = SRS_25832): Promise<Uint8Array> {
	return writeGeoPackage({
		name: 'soner',
		geometryType: 'POLYGON',
		srs,
		columns: [{ name: 'navn', type: 'TEXT' }],
		features: rings.map((coordinates, i) => ({
			properties: { navn: `Sone ${String.fromCharCode(65 + i)}` },
			geometry: { type: 'Polygon', coordinates }
		}))
	});
}

/** Replaces the geometry blob of the feature with fid 1. */
function setBlob(bytes: Uint8Array, blob: Uint8Array | null, table = 'soner') {
	return editGeoPackage(bytes, (db) =>
		db.run(`UPDATE ${table} SET geom = ? WHERE fid = 1`, [blob])
	);
}

/** ISO WKB for a PolygonZ (type 1003) with one ring, z = 42 everywhere. */
function polygonZ(ring: Position[]): Uint8Array {
	const bytes = new Uint8Array(9 + 4 + ring.length * 24);
	const view = new DataView(bytes.buffer);
	view.setUint8(0, 1);
	view.setUint32(1, 1003, true);
	view.setUint32(5, 1, true);
	view.setUint32(9, ring.length, true);
	ring.forEach(([x, y], i) => {
		view.setFloat64(13 + i * 24, x!, true);
		view.setFloat64(21 + i * 24, y!, true);
		view.setFloat64(29 + i * 24, 42, true);
	});
	return bytes;
}

async function refusal(bytes: Uint8Array, name = 'soner.gpkg', layer?: string): Promise<unknown> {
	return readZonesFile(bytes, name, { layer }).then(
		() => {
			throw new Error('expected a refusal');
		},
		(e: unknown) => e
	);
}

describe('readZonesFile: GeoPackage', () => {
	it('reads a file in EPSG:25833 and reprojects it to the rectangle it was made from', async () => {
		const ring = rectangleRing(E0, N0, 1000, 1000);
		const in33 = ring.map((p) => converter(25832, 25833).forward([p[0]!, p[1]!]));
		const { zones, sourceCrs, notes } = await readZonesFile(
			await polygonPackage([[in33]], SRS_25833),
			'a.gpkg'
		);
		expect(sourceCrs).toBe(25833);
		expect(planarArea(zones[0]!.geometry)).toBeCloseTo(1_000_000, 4);
		expect(zones.map((z) => [z.id, z.name])).toEqual([['sone-1', 'Sone A']]);
		expect(notes.map((n) => n.kind)).toEqual(['reprojected']);
	});

	it('finds the EPSG code in the WKT when the organization is not EPSG', async () => {
		const bytes = await editGeoPackage(
			await polygonPackage([[rectangleRing(E0, N0, 10, 10)]]),
			(db) =>
				db.run(
					"UPDATE gpkg_spatial_ref_sys SET organization = 'Kartverket', organization_coordsys_id = 1 WHERE srs_id = 25832"
				)
		);
		expect((await readZonesFile(bytes, 'a.gpkg')).sourceCrs).toBe(25832);
	});

	it('drops heights from a PolygonZ and notes it', async () => {
		const ring = rectangleRing(E0, N0, 100, 100);
		const bytes = await setBlob(
			await polygonPackage([[ring]]),
			writeGpb(polygonZ(ring), 25832, [E0, N0, E0 + 100, N0 + 100])
		);
		const { zones, notes } = await readZonesFile(bytes, 'z.gpkg');
		expect(zones[0]!.geometry).toEqual({ type: 'Polygon', coordinates: [ring] });
		expect(notes.map((n) => n.kind)).toEqual(['dimensions-dropped']);
	});

	it('takes the one polygon layer among other layers, or the layer asked for among several', async () => {
		const bytes = await editGeoPackage(await writeZonesGeoPackage(createZones()), (db) => {
			db.run('CREATE TABLE kopi AS SELECT * FROM lokalomrader WHERE fid = 1');
			db.run(
				"INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('kopi', 'features', 'kopi', 25832)"
			);
			db.run("INSERT INTO gpkg_geometry_columns VALUES ('kopi', 'geom', 'POLYGON', 25832, 0, 0)");
		});
		const error = await refusal(bytes);
		expect(error).toMatchObject({
			name: 'ParseError',
			reason: 'several-polygon-layers',
			detail: 'choose one of the polygon layers kopi (POLYGON), lokalomrader (MULTIPOLYGON)'
		});
		const picked = await readZonesFile(bytes, 'to.gpkg', { layer: 'kopi' });
		expect(picked.zones.map((z) => z.id)).toEqual(['A']);
		const lines = await editGeoPackage(bytes, (db) =>
			db.run(
				"UPDATE gpkg_geometry_columns SET geometry_type_name = 'LINESTRING' WHERE table_name = 'kopi'"
			)
		);
		expect((await readZonesFile(lines, 'en.gpkg')).zones).toHaveLength(3);
	});

	it('refuses a GeoPackage without a polygon layer, naming the layers it has', async () => {
		const bytes = await editGeoPackage(await writeZonesGeoPackage(createZones()), (db) =>
			db.run("UPDATE gpkg_geometry_columns SET geometry_type_name = 'LINESTRING'")
		);
		expect(await refusal(bytes)).toMatchObject({
			reason: 'no-polygon-layer',
			detail: 'feature layers: lokalomrader (LINESTRING)',
			location: { file: 'soner.gpkg' }
		});
	});

	it('refuses a layer name that is not a polygon layer', async () => {
		expect(
			await refusal(await writeZonesGeoPackage(createZones()), 'a.gpkg', 'soner')
		).toMatchObject({
			reason: 'no-polygon-layer',
			detail: 'no polygon layer named soner; feature layers: lokalomrader (MULTIPOLYGON)'
		});
	});

	it('refuses broken SQLite, an SQLite file that is no GeoPackage, and a .gpkg that is no SQLite', async () => {
		const broken = new Uint8Array(4096);
		broken.set(new TextEncoder().encode('SQLite format 3\0'));
		broken.fill(0xab, 16);
		const SQL = await loadSqlJs();
		const plain = new SQL.Database();
		plain.run('CREATE TABLE t (x)');
		const errors = [
			await refusal(broken, 'brutt.gpkg'),
			await refusal(plain.export(), 'plain.gpkg'),
			await refusal(new TextEncoder().encode('{"type": "FeatureCollection"}'), 'feil.gpkg')
		];
		plain.close();
		expect(errors).toMatchObject([
			{ name: 'ParseError', reason: 'malformed-geopackage', location: { file: 'brutt.gpkg' } },
			{ reason: 'malformed-geopackage', detail: 'no gpkg_contents table' },
			{ reason: 'malformed-geopackage', detail: 'the file does not start with an SQLite header' }
		]);
	});

	it('refuses a layer whose SRS has no EPSG code, or one Planbord does not know', async () => {
		const base = await polygonPackage([[rectangleRing(E0, N0, 10, 10)]]);
		const none = await editGeoPackage(base, (db) =>
			db.run(
				"UPDATE gpkg_spatial_ref_sys SET organization = 'NONE', definition = 'undefined' WHERE srs_id = 25832"
			)
		);
		const french = await editGeoPackage(base, (db) =>
			db.run('UPDATE gpkg_spatial_ref_sys SET organization_coordsys_id = 2154 WHERE srs_id = 25832')
		);
		expect([await refusal(none), await refusal(french)]).toMatchObject([
			{
				name: 'CrsError',
				reason: 'unknown-crs',
				detail: 'layer soner is in "ETRS89 / UTM zone 32N" (no EPSG code)'
			},
			{ name: 'CrsError', reason: 'unknown-crs', detail: 'layer soner is in EPSG:2154' }
		]);
	});

	it('refuses a point, a curve polygon, a missing and an empty geometry, naming the zone (or Sone N)', async () => {
		const base = await polygonPackage([[rectangleRing(E0, N0, 10, 10)]]);
		const point = new Uint8Array([
			1,
			1,
			0,
			0,
			0,
			...new Uint8Array(new Float64Array([E0, N0]).buffer)
		]);
		const curve = new Uint8Array([1, 10, 0, 0, 0, 0, 0, 0, 0]);
		const emptyBlob = new Uint8Array([0x47, 0x50, 0, 0b1_0001, 0xe8, 0x64, 0, 0]);
		const errors = [
			await refusal(await setBlob(base, writeGpb(point, 25832, [E0, N0, E0, N0]))),
			await refusal(await setBlob(base, writeGpb(curve, 25832, [0, 0, 0, 0]))),
			await refusal(await setBlob(base, null)),
			await refusal(await setBlob(base, emptyBlob)),
			await refusal(
				await editGeoPackage(base, (db) => db.run('UPDATE soner SET navn = NULL, geom = NULL'))
			)
		];
		expect(errors).toMatchObject([
			{
				name: 'GeometryError',
				reason: 'unsupported-geometry-type',
				location: { feature: 'Sone A' }
			},
			{ reason: 'unsupported-geometry-type', detail: 'CurvePolygon geometries are not supported' },
			{ reason: 'empty-geometry', location: { feature: 'Sone A' } },
			{ reason: 'empty-geometry', location: { feature: 'Sone A' } },
			{ reason: 'empty-geometry', location: { feature: 'Sone 1' } }
		]);
	});

	it('refuses a NaN coordinate, a blob that is not GeoPackageBinary, and an srs_id mismatch', async () => {
		const base = await polygonPackage([[rectangleRing(E0, N0, 10, 10)]]);
		const nan = await polygonPackage([
			[
				[
					[E0, N0],
					[E0 + 10, Number.NaN],
					[E0, N0 + 10],
					[E0, N0]
				]
			]
		]);
		const wkb = new Uint8Array([1, 3, 0, 0, 0, 0, 0, 0, 0]);
		const errors = [
			await refusal(nan),
			await refusal(await setBlob(base, wkb)),
			await refusal(await setBlob(base, writeGpb(wkb, 4326, [0, 0, 0, 0])))
		];
		expect(errors).toMatchObject([
			{ name: 'GeometryError', reason: 'invalid-geometry', location: { feature: 'Sone A' } },
			{
				name: 'ParseError',
				reason: 'malformed-geopackage',
				detail: expect.stringContaining('magic "GP"')
			},
			{
				reason: 'malformed-geopackage',
				detail: expect.stringContaining("srs_id 4326 differs from the layer's 25832")
			}
		]);
	});
});
