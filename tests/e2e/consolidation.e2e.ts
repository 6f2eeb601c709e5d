import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsolidationFeatureCollection } from '$lib/server/buildings/consolidation-features';
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
/** The map endpoint's answer with the default criteria: the oracle for the page. */
let defaults: ConsolidationFeatureCollection;

beforeAll(async () => {
	app = await startApp({ PLANBORD_DATA_DIR: seededDataDir() });
	browser = await launchBrowser();
	const response = await fetchAs('eiendom', app.url, '/api/buildings/consolidation');
	defaults = (await response.json()) as ConsolidationFeatureCollection;
});

afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

async function open(path: string): Promise<Page> {
	const page = await signedInPage(browser, app.url, 'eiendom', {
		viewport: { width: 1280, height: 900 }
	});
	await watchPage(page, app.url);
	await page.goto(`${app.url}${path}`);
	return page;
}

const candidates = () =>
	defaults.features.flatMap((f) => (f.properties.kind === 'candidate' ? [f.properties] : []));
const nameOf = (number: string) =>
	defaults.features.find((f) => f.properties.number === number && 'name' in f.properties)
		?.properties as { name: string } | undefined;
const rows = (page: Page) => page.locator('tbody tr[data-candidate]');
const shownCount = async (page: Page) =>
	Number(await page.locator('[data-count]').getAttribute('data-count'));

describe('consolidation candidates', () => {
	it('lists candidates from the sample data in rank order, each naming a receiver', async () => {
		const expected = candidates();
		expect(expected.length).toBeGreaterThan(0);
		const page = await open('/eiendom/samlokalisering');
		expect(await page.getByRole('note').textContent()).toContain('Eksempeldata');
		expect(await shownCount(page)).toBe(expected.length);
		expect(await rows(page).count()).toBe(expected.length);

		const first = rows(page).first();
		const top = expected.find((c) => c.rank === 1)!;
		expect(await first.getAttribute('data-candidate')).toBe(top.number);
		const receiver = first.locator('[data-receiver]').first();
		expect(await receiver.getAttribute('data-receiver')).toBe(top.receiver);
		expect(await receiver.textContent()).toContain(nameOf(top.receiver)!.name);
		expect(await receiver.textContent()).toMatch(/(\d+ m|km) unna, har plass til \d+/);
		expect(await first.locator('[data-reason]').first().textContent()).toMatch(
			/Lav utnyttelse: \d+ %|Høyt vedlikeholdsetterslep|Dårlig tilstand: TG\d/
		);
		expect(
			await first.getByRole('link', { name: top.name, exact: true }).getAttribute('href')
		).toBe(`/eiendom/${top.number}`);
		await page.close();
	});

	it("a row's map link opens the map on that building with the layer shown", async () => {
		const top = candidates().find((c) => c.rank === 1)!;
		const page = await open('/eiendom/samlokalisering');
		await rows(page).first().getByRole('link', { name: 'Vis i kart' }).click();
		await page.waitForURL((url) => url.pathname === '/');
		await waitForMap(page);
		expect(page.url()).toMatch(/l=[^&]*consolidation/);
		expect(await page.locator(`[data-building="${top.number}"] h2`).textContent()).toBeTruthy();
		expect(await page.locator('[data-legend-layer="consolidation"]').count()).toBe(1);
		await page.close();
	});

	it('a tiny max distance set in the form empties the list, and the link carries it', async () => {
		const page = await open('/eiendom/samlokalisering');
		await page.getByLabel('Maks avstand til mottaker (m)').fill('10');
		await page.getByRole('button', { name: 'Oppdater listen' }).click();
		await page.waitForURL(/[?&]avstand=10(&|$)/);
		await expect.poll(() => shownCount(page)).toBe(0);
		expect(await rows(page).count()).toBe(0);
		expect(await page.locator('#list-heading + p').textContent()).toContain('Ingen kandidater');
		await page.close();
	});

	it('a bad value in the link gives a message and the default list, not an error page', async () => {
		const page = await open('/eiendom/samlokalisering?avstand=abc');
		const alert = page.getByRole('alert');
		expect(await alert.textContent()).toContain('«abc» er ikke et tall');
		expect(await alert.textContent()).toMatch(/standardverdien 2\s000 m/);
		expect(await page.getByLabel('Maks avstand til mottaker (m)').inputValue()).toBe('2000');
		expect(await shownCount(page)).toBe(candidates().length);
		await page.close();
	});

	it('shows the candidates as a map layer with a legend, and a click selects the building', async () => {
		const page = await open('/?l=consolidation');
		await waitForMap(page);
		await page.waitForFunction(
			() => (window.planbordMap!.querySourceFeatures('consolidation') ?? []).length > 0,
			null,
			{ timeout: 30_000 }
		);
		const kinds = await page.evaluate(() => [
			...new Set(
				window.planbordMap!.querySourceFeatures('consolidation').map((f) => f.properties.kind)
			)
		]);
		expect(kinds.sort()).toEqual(['candidate', 'link', 'receiver']);
		const legend = page.locator('[data-legend-layer="consolidation"]');
		expect(await legend.textContent()).toContain('Kandidat: brukerne kan flytte');

		// Zoom in on the top candidate so no other point lies under the cursor, then click it.
		const top = defaults.features.find(
			(f) => f.properties.kind === 'candidate' && f.properties.rank === 1
		)!;
		const lngLat = top.geometry.coordinates as [number, number];
		await page.evaluate((c) => window.planbordMap!.jumpTo({ center: c, zoom: 16 }), lngLat);
		await page.waitForFunction(
			(n) =>
				window
					.planbordMap!.queryRenderedFeatures({ layers: ['consolidation-candidates'] })
					.some((f) => f.properties.number === n),
			top.properties.number
		);
		const point = await page.evaluate((c) => window.planbordMap!.project(c), lngLat);
		const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
		await page.mouse.click(box.x + point.x, box.y + point.y);
		await page.waitForURL(new RegExp(`s=building%3A${top.properties.number}`));
		await page.locator(`[data-building="${top.properties.number}"]`).waitFor();
		expect(
			await page.locator(`[data-consolidation-popup="${top.properties.number}"]`).textContent()
		).toContain('kan flytte');
		await page.close();
	});

	it('has no serious or critical accessibility violations', async () => {
		const page = await open('/eiendom/samlokalisering');
		await page.waitForSelector('h1');
		expect(await seriousAccessibilityViolations(page)).toEqual([]);
		await page.close();
	});
});
