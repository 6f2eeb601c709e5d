import { describe, expect, it } from 'vitest';
import { planarArea } from '../../geometry/area';
import { editGeoPackage, createZones, ZONE_AREAS } from './fixtures/make-zones';
import { readZonesFile } from './read-zones-file';
import { writeZonesGeoPackage } from './write-zones-geopackage';

describe('writeZonesGeoPackage', () => {
	it('reads back as the same zones, areas and order', async () => {
		const zones = createZones();
		const bytes = await writeZonesGeoPackage(zones);
		const read = await readZonesFile(bytes, 'lokalomrader.gpkg');
		expect(read.zones).toEqual(zones);
		expect(read.zones.map((z) => planarArea(z.geometry))).toEqual(ZONE_AREAS);
		expect(read.sourceCrs).toBe(25832);
		expect(read.notes).toEqual([]);
	});

	it('writes a GeoPackage 1.2 header: SQLite, application_id GPKG, user_version 10200', async () => {
		const bytes = await writeZonesGeoPackage(createZones());
		const header = new TextDecoder().decode(bytes.subarray(0, 16));
		const view = new DataView(bytes.buffer, bytes.byteOffset);
		// SQLite file header: user_version at offset 60, application_id at 68, big-endian.
		expect([header, view.getUint32(60), view.getUint32(68)]).toEqual([
			'SQLite format 3\0',
			10200,
			0x47504b47
		]);
	});

	it('registers the layer with its extent, MULTIPOLYGON type and EPSG:25832', async () => {
		const bytes = await writeZonesGeoPackage(createZones(), { layerName: 'forslag_1' });
		const rows: unknown[][] = [];
		await editGeoPackage(bytes, (db) => {
			rows.push(
				...db.exec(`SELECT c.table_name, c.data_type, c.min_x, c.min_y, c.max_x, c.max_y, c.srs_id,
				             g.column_name, g.geometry_type_name, g.srs_id, g.z, g.m
				            FROM gpkg_contents c JOIN gpkg_geometry_columns g USING (table_name)`)[0]!.values,
				...db.exec(
					'SELECT srs_id, organization, organization_coordsys_id FROM gpkg_spatial_ref_sys ORDER BY srs_id'
				)[0]!.values
			);
		});
		expect(rows).toEqual([
			[
				'forslag_1',
				'features',
				580000,
				6633000,
				581500,
				6635200,
				25832,
				'geom',
				'MULTIPOLYGON',
				25832,
				0,
				0
			],
			[-1, 'NONE', -1],
			[0, 'NONE', 0],
			[4326, 'EPSG', 4326],
			[25832, 'EPSG', 25832]
		]);
	});

	it('stores zone_id, name and area_m2 beside an autoincrement fid', async () => {
		const bytes = await writeZonesGeoPackage(createZones());
		let rows: unknown[][] = [];
		let sql = '';
		await editGeoPackage(bytes, (db) => {
			rows = db.exec('SELECT fid, zone_id, name, area_m2 FROM lokalomrader ORDER BY fid')[0]!
				.values;
			sql = String(
				db.exec("SELECT sql FROM sqlite_master WHERE name = 'lokalomrader'")[0]!.values[0]![0]
			);
		});
		expect(rows).toEqual([
			[1, 'A', 'Heggedal', 1_000_000],
			[2, 'B', 'Vollen', 190_000],
			[3, 'C', 'Nesøya og Brønnøya', 80_000]
		]);
		expect(sql).toContain('fid INTEGER PRIMARY KEY AUTOINCREMENT');
	});
});
