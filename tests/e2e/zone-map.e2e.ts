import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planarArea } from '$lib/geometry/area';
import { pointOnFeature } from '@turf/turf';
import { reprojectGeometry, toWgs84 } from '$lib/geometry/reproject';
import { readZonesFile } from '$lib/formats/zones/read-zones-file';
import type { ProposalDocument } from '$lib/zones/proposal';
import { seededDataDir, startApp, type RunningApp } from '../helpers/app-server';
import { fetchAs, signedInPage } from '../helpers/auth';
import {
	launchBrowser,
	seriousAccessibilityViolations,
	waitForMap,
	watchPage
} from '../helpers/browser';

let app: RunningApp;
let browser: Browser;
let sample: ProposalDocument;

beforeAll(async () => {
	app = await startApp({ PLANBORD_DATA_DIR: seededDataDir() });
	browser = await launchBrowser();
	// The embedded database seeds one sample proposal on first start.
	sample = (await (
		await fetchAs('planlegger', app.url, '/api/proposals/1')
	).json()) as ProposalDocument;
});

afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

async function open(path: string, width = 1280): Promise<Page> {
	const page = await signedInPage(browser, app.url, 'planlegger', {
		viewport: { width, height: 900 }
	});
	const problems = await watchPage(page, app.url);
	await page.goto(`${app.url}${path}`);
	await waitForMap(page);
	expect(problems.externalRequests).toEqual([]);
	return page;
}

const total = (zones: ProposalDocument['zones']) =>
	zones.reduce((sum, z) => sum + planarArea(z.geometry), 0);

describe('zones on the politicians’ map', () => {
	it('shows the proposal’s zones, a statistics card on click, and a link that reopens it', async () => {
		expect(sample.zones.length).toBeGreaterThan(5);
		const page = await open('/kart');
		await page.waitForFunction(
			(n) => window.planbordMap!.querySourceFeatures('zones').length >= n,
			sample.zones.length
		);
		// Click the largest zone at a point inside it (not its centroid: zones may be concave).
		const zone = [...sample.zones].sort(
			(a, b) => planarArea(b.geometry) - planarArea(a.geometry)
		)[0]!;
		const inside = pointOnFeature(toWgs84(zone.geometry)).geometry.coordinates;
		const point = await page.evaluate(
			([lng, lat]) => window.planbordMap!.project([lng!, lat!]),
			inside
		);
		const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
		await page.mouse.click(box.x + point.x, box.y + point.y);
		const card = page.locator('section.zones').getByRole('heading', { level: 3 });
		await card.waitFor();
		const selected = await page.evaluate(() => new URL(location.href).searchParams.get('s'));
		expect(selected).toMatch(/^zone:/);
		expect(selected).toBe(`zone:${zone.id}`);
		const selectedZone = zone;
		expect(await card.innerText()).toBe(selectedZone.name);

		// The text alternative: one row per zone and a totals row.
		await page.getByText('Nøkkeltall for alle soner (tabell)').click();
		const rows = page.locator('section.zones table tbody tr');
		expect(await rows.count()).toBe(sample.zones.length);
		expect(await seriousAccessibilityViolations(page)).toEqual([]);

		const link = await page.locator('#share-link').inputValue();
		expect(new URL(link).searchParams.get('p')).toBe('1');
		const reopened = await open(new URL(link).pathname + new URL(link).search, 375);
		await reopened.locator('section.zones').getByRole('heading', { level: 3 }).waitFor();
		expect(
			await reopened.locator('section.zones').getByRole('heading', { level: 3 }).innerText()
		).toBe(selectedZone.name);
		expect(await reopened.getByRole('button', { name: 'Tegn sone' }).count()).toBe(0);
		await page.close();
		await reopened.close();
	});

	it('finds a zone by name in the working map’s search, flies to it and shows its figures', async () => {
		const zone = sample.zones[sample.zones.length - 1]!;
		const page = await open('/?l=municipalities-new');
		await page.getByRole('combobox', { name: 'Søk' }).fill(zone.name.slice(0, 5));
		const option = page
			.getByRole('option')
			.filter({ hasText: 'Lokalområde' })
			.filter({ has: page.getByText(zone.name, { exact: true }) })
			.first();
		await option.click();
		await page.waitForURL(new RegExp(`s=zone%3A${zone.id}`));
		expect(await page.evaluate(() => new URL(location.href).searchParams.get('l'))).toContain(
			'zones'
		);
		const card = page.locator('section.zones').getByRole('heading', { level: 3 });
		await card.waitFor();
		expect(await card.innerText()).toBe(zone.name);
		await page.close();
	});

	it('a link to a proposal that does not exist says so and shows the default zones', async () => {
		const page = await open('/kart?p=9999');
		await page.getByText('Forslaget i lenken finnes ikke').waitFor();
		await page.waitForFunction(() => window.planbordMap!.querySourceFeatures('zones').length > 0);
		await page.close();
	});
});

describe('zone files', () => {
	it('exports a GeoPackage that reads back, and imports a GeoJSON in another CRS as a new proposal', async () => {
		const gpkg = await fetchAs('planlegger', app.url, '/api/proposals/1/export?format=gpkg');
		expect(gpkg.status).toBe(200);
		const read = await readZonesFile(new Uint8Array(await gpkg.arrayBuffer()), 'eksport.gpkg');
		expect(read.zones.map((z) => z.id)).toEqual(sample.zones.map((z) => z.id));
		expect(total(read.zones)).toBeCloseTo(total(sample.zones), 0);

		// The same zones as a planner might get them from elsewhere: UTM 33 with a crs member.
		const file = join(mkdtempSync(join(tmpdir(), 'planbord-zones-')), 'soner-utm33.geojson');
		writeFileSync(
			file,
			JSON.stringify({
				type: 'FeatureCollection',
				crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25833' } },
				features: sample.zones.map((z) => ({
					type: 'Feature',
					properties: { navn: z.name },
					geometry: reprojectGeometry(z.geometry, 25832, 25833)
				}))
			})
		);
		const page = await signedInPage(browser, app.url, 'planlegger');
		await watchPage(page, app.url);
		await page.goto(`${app.url}/lokalomrader`);
		await page.locator('input[type=file][name=file]').setInputFiles(file);
		await page.getByLabel('Navn på forslaget').fill('Importert fra UTM 33');
		await page.getByRole('button', { name: 'Importer' }).click();
		const status = page.locator('section[aria-labelledby=import-heading] [role=status]');
		await status.waitFor();
		expect(await status.innerText()).toContain('transformert fra EPSG:25833');
		const href = await status.getByRole('link', { name: 'nytt forslag' }).getAttribute('href');
		const id = Number(href!.split('/').pop());
		const imported = (await (
			await fetchAs('planlegger', app.url, `/api/proposals/${id}`)
		).json()) as ProposalDocument;
		expect(imported.proposal.name).toBe('Importert fra UTM 33');
		expect(imported.zones.map((z) => z.name)).toEqual(sample.zones.map((z) => z.name));
		// UTM 33 and back moves vertices by well under a millimetre.
		expect(total(imported.zones)).toBeCloseTo(total(sample.zones), -1);
		await page.close();
	});

	it('refuses a broken file with a reason and stores nothing', async () => {
		const before = (
			(await (await fetchAs('planlegger', app.url, '/api/proposals')).json()) as unknown[]
		).length;
		const file = join(mkdtempSync(join(tmpdir(), 'planbord-zones-')), 'ødelagt.geojson');
		writeFileSync(file, '{"type": "FeatureCollection", "features": [');
		const page = await signedInPage(browser, app.url, 'planlegger');
		await watchPage(page, app.url);
		await page.goto(`${app.url}/lokalomrader`);
		await page.locator('input[type=file][name=file]').setInputFiles(file);
		await page.getByRole('button', { name: 'Importer' }).click();
		const alert = page.getByRole('alert');
		await alert.waitFor();
		expect(await alert.innerText()).toContain('ødelagt.geojson');
		const after = (
			(await (await fetchAs('planlegger', app.url, '/api/proposals')).json()) as unknown[]
		).length;
		expect(after).toBe(before);
		await page.close();
	});
});
