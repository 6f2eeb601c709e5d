import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GeometryError, CrsError, ParseError } from '$lib/errors';
import type { DatabaseHandle } from '$lib/server/db/handle';
import { queryRows } from '$lib/server/db/rows';
import { seedMunicipalities } from '$lib/server/municipalities/seed-municipalities';
import { backends } from '../helpers/backends';
import {
	copyMunicipalitiesFolder,
	editJson,
	MUNICIPALITIES_FOLDER,
	OFFICIAL_AREAS
} from '../helpers/geodata';

const OLD_FILE = 'kommuner_2019_0220_0627_0628_csmaps.geojson';

describe.each(backends)('seedMunicipalities on $name', (backend) => {
	let handle: DatabaseHandle;
	beforeEach(async () => {
		handle = await backend.open();
	});
	afterEach(() => handle?.close());

	const snapshot = () =>
		queryRows<{ number: string; valid_from: string; updated_at: string; hash: string }>(
			handle.db,
			sql`SELECT number, valid_from::text, updated_at::text, content_hash AS hash
				FROM municipalities ORDER BY number, valid_from`
		);

	it('loads the three old municipalities and the new Asker as 3025 and 3203', async () => {
		const report = await seedMunicipalities(handle.db, MUNICIPALITIES_FOLDER);
		expect(report.inserted).toEqual([
			'0220 (1838-01-01)',
			'0627 (1838-01-01)',
			'0628 (1838-01-01)',
			'3025 (2020-01-01)',
			'3203 (2024-01-01)'
		]);
		const rows = await queryRows<{ number: string; role: string; srid: number; type: string }>(
			handle.db,
			sql`SELECT number, role, ST_SRID(geom) AS srid, GeometryType(geom) AS type FROM municipalities ORDER BY number`
		);
		expect(rows.map((r) => [r.number, r.role, r.srid, r.type])).toEqual([
			['0220', 'old', 25832, 'MULTIPOLYGON'],
			['0627', 'old', 25832, 'MULTIPOLYGON'],
			['0628', 'old', 25832, 'MULTIPOLYGON'],
			['3025', 'new', 25832, 'MULTIPOLYGON'],
			['3203', 'new', 25832, 'MULTIPOLYGON']
		]);
	});

	it('gives areas within 2 % of the official total areas (land + fresh water)', async () => {
		await seedMunicipalities(handle.db, MUNICIPALITIES_FOLDER);
		const rows = await queryRows<{ number: string; km2: number }>(
			handle.db,
			sql`SELECT number, ST_Area(geom) / 1e6 AS km2 FROM municipalities ORDER BY number`
		);
		for (const { number, km2 } of rows) {
			const official = OFFICIAL_AREAS.areas[number]!.total;
			expect(Math.abs(km2 / official - 1), `${number}: ${km2} vs ${official}`).toBeLessThan(0.02);
		}
	});

	it('makes the new municipality the union of the old ones, overlaps counted once', async () => {
		await seedMunicipalities(handle.db, MUNICIPALITIES_FOLDER);
		const [r] = await queryRows<{ union_m2: number; sum_m2: number; overlap_m2: number }>(
			handle.db,
			sql`SELECT
				(SELECT ST_Area(geom) FROM municipalities WHERE number = '3203') AS union_m2,
				(SELECT sum(ST_Area(geom)) FROM municipalities WHERE role = 'old') AS sum_m2,
				(SELECT sum(ST_Area(ST_Intersection(a.geom, b.geom))) FROM municipalities a
					JOIN municipalities b ON a.role = 'old' AND b.role = 'old' AND a.number < b.number) AS overlap_m2`
		);
		// Inclusion-exclusion with no triple overlaps: union = sum - pairwise overlaps.
		expect(Number(r!.union_m2)).toBeCloseTo(Number(r!.sum_m2) - Number(r!.overlap_m2), -1);
		expect(Number(r!.overlap_m2)).toBeGreaterThan(100_000);
	});

	it('reports the difference against the shipped 2020 and 2024 outlines', async () => {
		const { comparisons } = await seedMunicipalities(handle.db, MUNICIPALITIES_FOLDER);
		expect(comparisons.map((c) => c.number)).toEqual(['3025', '3203']);
		for (const c of comparisons) {
			expect(c.referenceKm2).toBeGreaterThan(370);
			expect(c.referenceKm2).toBeLessThan(380);
			expect(c.intersectionOverUnion).toBeGreaterThan(0.9);
			expect(c.intersectionOverUnion).toBeLessThan(1);
			expect(c.symmetricDifferenceKm2).toBeGreaterThan(1);
		}
	});

	it('is idempotent: a second run changes nothing', async () => {
		await seedMunicipalities(handle.db, MUNICIPALITIES_FOLDER);
		const before = await snapshot();
		const second = await seedMunicipalities(handle.db, MUNICIPALITIES_FOLDER);
		expect(second.inserted).toEqual([]);
		expect(second.updated).toEqual([]);
		expect(second.unchanged).toHaveLength(5);
		expect(await snapshot()).toEqual(before);
	});

	it('updates only what changed in the source, and the union with it', async () => {
		await seedMunicipalities(handle.db, MUNICIPALITIES_FOLDER);
		const folder = copyMunicipalitiesFolder();
		editJson(folder, OLD_FILE, (fc) => {
			fc.features.find((f: any) => f.properties.kommunenummer === '0628').properties.kommunenavn =
				'Hurum kommune';
		});
		const report = await seedMunicipalities(handle.db, folder);
		expect(report.updated).toEqual(['0628 (1838-01-01)', '3025 (2020-01-01)', '3203 (2024-01-01)']);
		expect(report.unchanged).toEqual(['0220 (1838-01-01)', '0627 (1838-01-01)']);
	});

	describe('bad input stops the seed and writes nothing', () => {
		const expectNothingWritten = async () =>
			expect(await queryRows(handle.db, sql`SELECT 1 FROM municipalities`)).toEqual([]);

		it('a self-intersecting polygon names file and feature', async () => {
			const folder = copyMunicipalitiesFolder();
			editJson(folder, OLD_FILE, (fc) => {
				const hurum = fc.features.find((f: any) => f.properties.kommunenummer === '0628');
				const ring = hurum.geometry.coordinates[0][0];
				[ring[1], ring[2]] = [ring[2], ring[1]]; // swapping two vertices makes a bow-tie
			});
			const error = await seedMunicipalities(handle.db, folder).catch((e) => e);
			expect(error).toBeInstanceOf(GeometryError);
			expect(error.location).toEqual({ file: OLD_FILE, feature: '0628' });
			expect(error.detail).toMatch(/Self-intersection/);
			await expectNothingWritten();
		});

		it('an unknown CRS names the file', async () => {
			const folder = copyMunicipalitiesFolder();
			editJson(folder, OLD_FILE, (fc) => {
				fc.crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::2154' } };
			});
			const error = await seedMunicipalities(handle.db, folder).catch((e) => e);
			expect(error).toBeInstanceOf(CrsError);
			expect(error.location.file).toBe(OLD_FILE);
			await expectNothingWritten();
		});

		it('metres in a file that claims degrees are a CRS error', async () => {
			const folder = copyMunicipalitiesFolder();
			editJson(folder, OLD_FILE, (fc) => {
				fc.features[0].geometry.coordinates[0][0][1] = [580000, 6633000];
			});
			const error = await seedMunicipalities(handle.db, folder).catch((e) => e);
			expect(error).toBeInstanceOf(CrsError);
			expect(error.location).toEqual({ file: OLD_FILE, feature: '#1' });
			await expectNothingWritten();
		});

		it('a truncated file is a ParseError', async () => {
			const folder = copyMunicipalitiesFolder();
			const { writeFileSync } = await import('node:fs');
			writeFileSync(`${folder}/${OLD_FILE}`, '{"type": "FeatureCollection", "features": [');
			const error = await seedMunicipalities(handle.db, folder).catch((e) => e);
			expect(error).toBeInstanceOf(ParseError);
			await expectNothingWritten();
		});

		it('a failure after rows were written rolls them back', async () => {
			const folder = copyMunicipalitiesFolder();
			editJson(folder, 'datasets.json', (d) => {
				d.new[1].reference.number = '9999';
			});
			await expect(seedMunicipalities(handle.db, folder)).rejects.toThrow(/9999/);
			await expectNothingWritten();
		});
	});
});
