import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MunicipalityCollection } from '$lib/municipalities/types';
import type { Role } from '$lib/auth/roles';
import { seededDataDir, startApp, type RunningApp } from '../helpers/app-server';
import { fetchAs, signedInPage } from '../helpers/auth';
import {
	clickLngLat,
	launchBrowser,
	seriousAccessibilityViolations,
	waitForMap,
	watchPage
} from '../helpers/browser';

let app: RunningApp;
let browser: Browser;
let royken: [number, number];

beforeAll(async () => {
	app = await startApp({ PLANBORD_DATA_DIR: seededDataDir() });
	browser = await launchBrowser();
	const api = (await (
		await fetchAs('planlegger', app.url, '/api/municipalities')
	).json()) as MunicipalityCollection;
	royken = api.features.find((f) => f.properties.number === '0627')!.properties.labelPoint;
});

afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

async function openMap(path: string, width = 1280, role: Role = 'planlegger'): Promise<Page> {
	const page = await signedInPage(browser, app.url, role, { viewport: { width, height: 800 } });
	await watchPage(page, app.url);
	await page.goto(`${app.url}${path}`);
	await waitForMap(page);
	return page;
}

const visibility = (page: Page, layer: string) =>
	page.evaluate(
		(id) => window.planbordMap!.getLayoutProperty(id, 'visibility') ?? 'visible',
		layer
	);

describe('the working map', () => {
	it('toggling a layer hides it on the map and in the legend, and updates the link', async () => {
		const page = await openMap('/');
		expect(await visibility(page, 'municipalities-old-fill')).toBe('visible');
		await page.getByRole('checkbox', { name: 'Gamle kommuner (til 2019)' }).uncheck();
		await page.waitForFunction(
			() =>
				window.planbordMap!.getLayoutProperty('municipalities-old-fill', 'visibility') === 'none'
		);
		expect(await page.locator('[data-legend-layer="municipalities-old"]').count()).toBe(0);
		await page.waitForURL(/l=municipalities-new(&|$)/);
		await page.close();
	});

	it('clicking a municipality opens its details panel and highlights it', async () => {
		const page = await openMap('/');
		await clickLngLat(page, royken);
		const panel = page.locator('[data-selected="0627"]');
		await panel.waitFor();
		expect(await panel.innerText()).toContain('113,6 km²');
		const highlighted = await page.evaluate(
			() => window.planbordMap!.getFilter('municipalities-selected') as unknown[]
		);
		expect(JSON.stringify(highlighted)).toContain('"0627"');
		await page.waitForURL(/s=municipality%3A0627/);
		await page.close();
	});

	it('a copied share link reopens the same centre, zoom, layers and selection', async () => {
		const page = await openMap('/');
		await page.evaluate(() =>
			window.planbordMap!.jumpTo({ center: [10.5123, 59.7012], zoom: 11.5 })
		);
		await page.getByRole('checkbox', { name: 'Nye Asker (fra 2020)' }).uncheck();
		await clickLngLat(page, royken);
		await page.locator('[data-selected="0627"]').waitFor();
		await page.waitForURL(/s=municipality/);
		const link = await page.locator('#share-link').inputValue();
		await page.close();

		const reopened = await openMap(new URL(link).pathname + new URL(link).search);
		const view = await reopened.evaluate(() => ({
			centre: window.planbordMap!.getCenter().toArray(),
			zoom: window.planbordMap!.getZoom()
		}));
		expect(view.centre[0]).toBeCloseTo(10.5123, 4);
		expect(view.centre[1]).toBeCloseTo(59.7012, 4);
		expect(view.zoom).toBeCloseTo(11.5, 2);
		expect(await visibility(reopened, 'municipalities-new-line')).toBe('none');
		expect(await visibility(reopened, 'municipalities-old-fill')).toBe('visible');
		expect(await reopened.locator('[data-selected="0627"]').count()).toBe(1);
		await reopened.close();
	});

	it('search finds Røyken typed without ø, flies there and selects it', async () => {
		const page = await openMap('/');
		await page.getByRole('combobox', { name: 'Søk' }).fill('royk');
		// The municipality comes first; buildings named after Røyken follow it.
		const [first] = await page.getByRole('option').allInnerTexts();
		expect(first).toMatch(/^Røyken\s+Gammel kommune 0627$/);
		await page.keyboard.press('Enter');
		await page.locator('[data-selected="0627"]').waitFor();
		await page.waitForFunction(() => !window.planbordMap!.isMoving());
		const centre = await page.evaluate(() => window.planbordMap!.getCenter().toArray());
		// Røyken's bounding box centre is near 10.42 E, 59.74 N.
		expect(centre[0]).toBeCloseTo(10.42, 1);
		expect(centre[1]).toBeCloseTo(59.74, 1);
		await page.close();
	});

	it('shows the pointer position in EUREF89 UTM32 and in lat/lon', async () => {
		const page = await openMap('/');
		await page.evaluate(() => window.planbordMap!.jumpTo({ center: [10.43, 59.83], zoom: 12 }));
		const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		const text = await page.getByTestId('cursor-position').innerText();
		// The map centre, 10.43 E 59.83 N, is N 6 633 344 Ø 580 167 (PROJ cs2cs).
		expect(text).toMatch(/N 6\s?633\s?34\d Ø 580\s?1[67]\d/);
		expect(text).toMatch(/59,8\d{4}° N 10,4\d{4}° Ø/);
		await page.close();
	});

	it('measures a clicked triangle in planar EPSG:25832 without selecting what is under it', async () => {
		const page = await openMap('/');
		await page.evaluate(() => window.planbordMap!.jumpTo({ center: [10.435, 59.835], zoom: 13 }));
		await page.getByRole('button', { name: 'Mål avstand og areal' }).click();
		const corners: [number, number][] = [
			[10.43, 59.83],
			[10.44, 59.83],
			[10.44, 59.84]
		];
		for (const corner of corners) await clickLngLat(page, corner);
		const text = await page.getByTestId('measure-result').innerText();
		// Clicks land on whole pixels (≈ 10 m at z13), so compare with the exact figure loosely:
		// the triangle is half the 624 357 m² square, ≈ 312 daa.
		const daa = Number(/\(([\d,]+) daa\)/.exec(text)![1]!.replace(',', '.'));
		expect(daa).toBeGreaterThan(300);
		expect(daa).toBeLessThan(325);
		expect(await page.locator('[data-selected]').count()).toBe(0);
		await page.close();
	});

	it('a damaged link opens the default view with a notice, not a blank page', async () => {
		const page = await openMap('/?c=abc&z=99&l=nosuch&s=%3Cx%3E');
		expect(await page.getByRole('status').innerText()).toMatch(/ugyldige/);
		const centre = await page.evaluate(() => window.planbordMap!.getCenter().toArray());
		expect(centre[1]).toBeGreaterThan(59.5);
		expect(await visibility(page, 'municipalities-old-fill')).toBe('visible');
		await page.close();
	});

	it('has no serious or critical accessibility violations (axe-core)', async () => {
		const page = await openMap('/');
		expect(await seriousAccessibilityViolations(page)).toEqual([]);
		// MapLibre's own controls speak bokmål too.
		expect(await page.getByRole('button', { name: 'Zoom inn' }).count()).toBe(1);
		await page.close();
	});
});

describe("the politicians' map at 375 px", () => {
	let page: Page;
	beforeAll(async () => {
		// A reader, as the politicians' own accounts are: planners also get a publish form.
		page = await openMap('/kart', 375, 'leser');
	});
	afterAll(() => page?.close());

	it('fits the width and has no editing or layer controls', async () => {
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			375
		);
		expect(await page.locator('input[type="checkbox"], input[type="range"]').count()).toBe(0);
		expect(await page.getByRole('button', { name: /lagre|tegn|slett|rediger/i }).count()).toBe(0);
	});

	it('has large touch targets for its buttons', async () => {
		const heights = await page
			.locator('main button')
			.evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height));
		expect(heights.length).toBeGreaterThanOrEqual(3);
		expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
	});

	it('prints with title, date, legend, scale bar, north arrow and attribution, without controls', async () => {
		await page.emulateMedia({ media: 'print' });
		for (const selector of [
			'h1',
			'.print-only',
			'#legend-heading',
			'.maplibregl-ctrl-scale',
			'svg[aria-label="Nord"]',
			'.attribution'
		]) {
			expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
		}
		expect(await page.locator('.print-only').innerText()).toMatch(/Utskrift \d+\. \w+ \d{4}/);
		expect(await page.locator('.maplibregl-ctrl-group').first().isVisible()).toBe(false);
		expect(await page.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(false);
		await page.emulateMedia({ media: 'screen' });
	});

	it('exports the map canvas as a PNG', async () => {
		const dataUrl = await page.evaluate(() =>
			window.planbordMap!.getCanvas().toDataURL('image/png')
		);
		expect(dataUrl.startsWith('data:image/png;base64,')).toBe(true);
		expect(dataUrl.length).toBeGreaterThan(5_000);
	});

	it('has no serious or critical accessibility violations (axe-core)', async () => {
		expect(await seriousAccessibilityViolations(page)).toEqual([]);
	});
});
