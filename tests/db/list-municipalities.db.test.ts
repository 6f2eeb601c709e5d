import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planarArea } from '$lib/geometry/area';
import { toUtm32 } from '$lib/geometry/reproject';
import { assumeCrs } from '$lib/geometry/types';
import type { DatabaseHandle } from '$lib/server/db/handle';
import { listMunicipalities } from '$lib/server/municipalities/list-municipalities';
import { seedMunicipalities } from '$lib/server/municipalities/seed-municipalities';
import { backends } from '../helpers/backends';
import { MUNICIPALITIES_FOLDER } from '../helpers/geodata';

describe.each(backends)('listMunicipalities on $name', (backend) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await backend.open();
		await seedMunicipalities(handle.db, MUNICIPALITIES_FOLDER);
	});
	afterAll(() => handle?.close());

	const numbers = async (date?: string) =>
		(await listMunicipalities(handle.db, date)).features.map((f) => f.properties.number);

	it('without a date gives the merger view: the three old ones and today’s Asker', async () => {
		expect(await numbers()).toEqual(['0220', '0627', '0628', '3203']);
	});

	it.each([
		['2019-12-31', ['0220', '0627', '0628']],
		['2020-01-01', ['3025']],
		['2023-12-31', ['3025']],
		['2024-01-01', ['3203']]
	])('on %s gives the municipalities valid that day', async (date, expected) => {
		expect(await numbers(date)).toEqual(expected);
	});

	it('returns WGS 84 degrees with a label point inside each municipality', async () => {
		const { features } = await listMunicipalities(handle.db);
		for (const f of features) {
			const [lon, lat] = f.geometry.coordinates[0]![0]![0]!;
			expect(lon).toBeGreaterThan(10);
			expect(lon).toBeLessThan(11);
			expect(lat).toBeGreaterThan(59.4);
			expect(lat).toBeLessThan(60);
			expect(f.properties.labelPoint[1]).toBeGreaterThan(59.4);
		}
	});

	it('gives the area the browser computes: planar EPSG:25832, same number to 1 m²', async () => {
		const { features } = await listMunicipalities(handle.db);
		for (const f of features) {
			const browserKm2 = planarArea(toUtm32(assumeCrs(f.geometry, 4326))) / 1e6;
			expect(Math.abs(browserKm2 - f.properties.areaKm2)).toBeLessThan(1e-6);
		}
	});

	it('carries the reference comparison only for the derived municipality', async () => {
		const { features } = await listMunicipalities(handle.db);
		const asker = features.find((f) => f.properties.number === '3203')!.properties;
		expect(asker.derivedFrom).toBe('union of 0220, 0627, 0628');
		expect(asker.referenceAreaKm2).toBeGreaterThan(370);
		expect(asker.referenceDifferenceKm2).toBeGreaterThan(1);
		const hurum = features.find((f) => f.properties.number === '0628')!.properties;
		expect([hurum.referenceAreaKm2, hurum.referenceDifferenceKm2]).toEqual([null, null]);
	});
});
