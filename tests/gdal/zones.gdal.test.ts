import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createZones, ZONE_AREAS } from '$lib/formats/zones/fixtures/make-zones';
import { readZonesFile } from '$lib/formats/zones/read-zones-file';
import { writeZonesGeoJson } from '$lib/formats/zones/write-zones-geojson';
import { writeZonesGeoPackage } from '$lib/formats/zones/write-zones-geopackage';
import { planarArea } from '$lib/geometry/area';
import { runGdalTests } from '../helpers/gdal';

/*
 * GDAL's GPKG and GeoJSON drivers are the independent check on what the zone writers produce
 * and on what the reader accepts: files GDAL writes (another CRS, 3D, its own layer layout,
 * R-tree index and gpkg_ogr_contents) must read back with the right areas.
 */

let dir = '';
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'planbord-zones-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ogr = (tool: 'ogrinfo' | 'ogr2ogr', ...args: string[]) =>
	execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** GDAL's own area (OGR SQL OGR_GEOM_AREA) of every feature, by the given id field. */
function gdalAreas(path: string, layer: string, idField: string): Record<string, number> {
	const out = ogr(
		'ogrinfo',
		'-ro',
		'-geom=NO',
		'-dialect',
		'OGRSQL',
		'-sql',
		`SELECT ${idField}, OGR_GEOM_AREA AS area FROM ${layer}`,
		path
	);
	const ids = [...out.matchAll(new RegExp(`${idField} \\(String\\) = (.+)`, 'g'))].map(
		(m) => m[1]!
	);
	const areas = [...out.matchAll(/area \(Real\) = ([\d.e+]+)/g)].map((m) => Number(m[1]));
	return Object.fromEntries(ids.map((id, i) => [id, areas[i]!]));
}

const within = (actual: number, expected: number) => Math.abs(actual - expected) / expected < 1e-4;

/** A fixture GeoJSON file in EPSG:25832, as Planbord exports it, on disk. */
function fixtureGeoJson(): string {
	const path = join(dir, 'soner.geojson');
	writeFileSync(path, writeZonesGeoJson(createZones(), { crs: 25832 }));
	return path;
}

describe.runIf(runGdalTests)('zone files and GDAL', () => {
	it('ogrinfo reads our GeoPackage: layer, three features, EPSG:25832, GDAL areas within 0.01 %', async () => {
		const path = join(dir, 'lokalomrader.gpkg');
		writeFileSync(path, await writeZonesGeoPackage(createZones()));
		const summary = ogr('ogrinfo', '-ro', '-so', path, 'lokalomrader');
		expect(summary).toContain('Geometry: Multi Polygon');
		expect(summary).toMatch(/Feature Count: 3\n/);
		expect(summary).toMatch(/ID\["EPSG",25832\]\]\n/);
		expect(summary).toMatch(/zone_id: String[\s\S]*name: String[\s\S]*area_m2: Real/);
		const areas = gdalAreas(path, 'lokalomrader', 'zone_id');
		expect(Object.keys(areas)).toEqual(['A', 'B', 'C']);
		ZONE_AREAS.forEach((expected, i) =>
			expect(within(Object.values(areas)[i]!, expected)).toBe(true)
		);
	});

	it('SQLite finds no fault in our GeoPackage (PRAGMA integrity_check through GDAL)', async () => {
		const path = join(dir, 'lokalomrader.gpkg');
		writeFileSync(path, await writeZonesGeoPackage(createZones()));
		expect(ogr('ogrinfo', '-ro', path, '-sql', 'PRAGMA integrity_check')).toContain(
			'integrity_check (String) = ok'
		);
	});

	it('reads a GeoPackage ogr2ogr made in EPSG:25833 with the right areas', async () => {
		const out = join(dir, 'soner33.gpkg');
		ogr('ogr2ogr', '-f', 'GPKG', '-t_srs', 'EPSG:25833', '-nln', 'soner', out, fixtureGeoJson());
		const read = await readZonesFile(readFileSync(out), 'soner33.gpkg');
		expect(read.sourceCrs).toBe(25833);
		expect(read.zones.map((z) => [z.id, z.name])).toEqual(createZones().map((z) => [z.id, z.name]));
		read.zones.forEach((zone, i) =>
			expect(within(planarArea(zone.geometry), ZONE_AREAS[i]!)).toBe(true)
		);
		expect(read.notes.map((n) => n.kind)).toEqual(['reprojected']);
	});

	it('reads a 3D GeoPackage from ogr2ogr, dropping the heights, with the areas unchanged', async () => {
		const out = join(dir, 'soner3d.gpkg');
		ogr(
			'ogr2ogr',
			'-f',
			'GPKG',
			'-dim',
			'XYZ',
			'-nlt',
			'MULTIPOLYGON',
			'-nln',
			'soner',
			out,
			fixtureGeoJson()
		);
		expect(ogr('ogrinfo', '-ro', '-so', out, 'soner')).toContain('Geometry: 3D Multi Polygon');
		const read = await readZonesFile(readFileSync(out), 'soner3d.gpkg');
		expect(read.zones.map((z) => planarArea(z.geometry))).toEqual(ZONE_AREAS);
		expect(read.zones).toEqual(createZones());
		expect(read.notes.map((n) => n.kind)).toEqual(['dimensions-dropped']);
	});

	it('ogrinfo reads our GeoJSON export in EPSG:25832 with GDAL areas within 0.01 %', () => {
		const path = fixtureGeoJson();
		const summary = ogr('ogrinfo', '-ro', '-so', path, 'soner');
		expect(summary).toMatch(/Feature Count: 3\n/);
		expect(summary).toMatch(/ID\["EPSG",25832\]\]\n/);
		const areas = Object.values(gdalAreas(path, 'soner', 'id'));
		ZONE_AREAS.forEach((expected, i) => expect(within(areas[i]!, expected)).toBe(true));
	});

	it('ogrinfo reads our RFC 7946 export as WGS 84 and GDAL takes it back to the same areas', async () => {
		const path = join(dir, 'wgs84.geojson');
		writeFileSync(path, writeZonesGeoJson(createZones(), { crs: 4326 }));
		const summary = ogr('ogrinfo', '-ro', '-so', path, 'wgs84');
		expect(summary).toMatch(/Feature Count: 3\n/);
		expect(summary).toMatch(/ID\["EPSG",4326\]\]\n/);
		const back = join(dir, 'back.gpkg');
		ogr('ogr2ogr', '-f', 'GPKG', '-t_srs', 'EPSG:25832', '-nln', 'soner', back, path);
		const read = await readZonesFile(readFileSync(back), 'back.gpkg');
		read.zones.forEach((zone, i) =>
			expect(within(planarArea(zone.geometry), ZONE_AREAS[i]!)).toBe(true)
		);
	});
});
