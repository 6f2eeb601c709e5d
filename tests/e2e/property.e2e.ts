import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildingSummary } from '$lib/buildings/types';
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
let register: BuildingSummary[];

beforeAll(async () => {
	app = await startApp({ PLANBORD_DATA_DIR: seededDataDir() });
	browser = await launchBrowser();
	register = (await (
		await fetchAs('eiendom', app.url, '/api/buildings')
	).json()) as BuildingSummary[];
});

afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

async function open(path: string, width = 1280): Promise<Page> {
	const page = await signedInPage(browser, app.url, 'eiendom', {
		viewport: { width, height: 900 }
	});
	await watchPage(page, app.url);
	await page.goto(`${app.url}${path}`);
	return page;
}

/** The number a figure cell shows (data-figure holds the unrounded value). */
const figure = async (page: Page, comparison: string) =>
	Number(
		await page
			.locator(`[data-comparison="${comparison}"] [data-figure-of="utilisation"] [data-figure]`)
			.getAttribute('data-figure')
	);

describe('the property register', () => {
	it('ships sample buildings in all three municipalities, labelled as sample data', () => {
		const municipalities = new Set(register.map((b) => b.municipality));
		expect([...municipalities].sort()).toEqual(['0220', '0627', '0628']);
		expect(register.length).toBeGreaterThan(300);
		expect(register.every((b) => b.sample)).toBe(true);
	});

	it('filter to schools in Røyken, open one on the map, edit its capacity, see the figures change', async () => {
		const roykenSchools = register.filter(
			(b) => b.category === 'school' && b.municipality === '0627'
		);
		expect(roykenSchools.length).toBeGreaterThan(1);

		const page = await open('/eiendom');
		await page.getByRole('combobox', { name: 'Kategori' }).selectOption('school');
		await page.getByRole('combobox', { name: 'Kommune' }).selectOption('0627');
		await expect
			.poll(() => page.locator('[data-count]').getAttribute('data-count'))
			.toBe(String(roykenSchools.length));
		const rows = page.locator('tbody tr[data-building]');
		expect(await rows.count()).toBe(roykenSchools.length);

		// Open the first school's page, then the map centred on it.
		const first = rows.first();
		const number = (await first.getAttribute('data-building'))!;
		const school = roykenSchools.find((b) => b.buildingNumber === number)!;
		await first.getByRole('link').click();
		await page.waitForURL(`**/eiendom/${number}`);
		await page.getByRole('link', { name: 'Vis i kart' }).click();
		await page.waitForURL((url) => url.pathname === '/');
		await waitForMap(page);
		await expect.poll(() => page.locator('[data-building] h2').textContent()).toBe(school.name);

		// Clicking the footprint on the map (after closing the panel) opens it again.
		await page.getByRole('button', { name: 'Lukk detaljer' }).click();
		await page.waitForFunction(
			(n) =>
				window
					.planbordMap!.queryRenderedFeatures({ layers: ['buildings-fill'] })
					.some((f) => f.properties.number === n),
			number
		);
		await clickLngLat(page, [school.lon, school.lat]);
		await expect.poll(() => page.locator('[data-building] h2').textContent()).toBe(school.name);
		expect(page.url()).toContain(`s=building%3A${number}`);

		// Edit the capacity: the building's utilisation and Røyken's aggregate both change.
		await page.getByRole('link', { name: 'Åpne i byggregisteret' }).click();
		await page.waitForURL(`**/eiendom/${number}`);
		const before = {
			own: await figure(page, 'building'),
			royken: await figure(page, 'municipality')
		};
		expect(before.own).toBeCloseTo(school.users! / school.capacity!, 10);
		const newCapacity = school.capacity! * 2;
		await page.getByLabel('Kapasitet', { exact: true }).fill(String(newCapacity));
		await page.getByRole('button', { name: 'Lagre' }).click();
		await expect.poll(() => page.getByRole('status').textContent()).toBe('Lagret');
		await expect.poll(() => figure(page, 'building')).toBeCloseTo(school.users! / newCapacity, 10);
		const royken = roykenSchools.map((b) =>
			b.buildingNumber === number ? { ...b, capacity: newCapacity } : b
		);
		const sum = (key: 'users' | 'capacity') => royken.reduce((s, b) => s + (b[key] ?? 0), 0);
		expect(await figure(page, 'municipality')).toBeCloseTo(sum('users') / sum('capacity'), 10);
		expect(await figure(page, 'municipality')).toBeLessThan(before.royken);
	});

	it('map search finds a building by name, flies there, turns the layer on and opens its panel', async () => {
		const target = register.find((b) => b.category === 'nursing_home')!;
		const page = await open('/');
		await waitForMap(page);
		await page.getByRole('combobox', { name: 'Søk' }).fill(target.name.slice(0, 12));
		await page
			.getByRole('option', { name: new RegExp(target.name) })
			.first()
			.click();
		await expect.poll(() => page.locator('[data-building] h2').textContent()).toBe(target.name);
		expect(
			await page.evaluate(() =>
				window.planbordMap!.getLayoutProperty('buildings-fill', 'visibility')
			)
		).toBe('visible');
		await page.waitForFunction(() => window.planbordMap!.getZoom() > 16);
	});

	it('shows service locations as icons per type, clustered with counts when zoomed out', async () => {
		const page = await open('/?l=municipalities-new,services');
		await waitForMap(page);
		const services = register.filter((b) =>
			['school', 'kindergarten', 'nursing_home', 'health', 'culture'].includes(b.category)
		);
		// Zoomed out, counts on the clusters add up with the lone icons to every service.
		await page.waitForSelector('[data-cluster-count]');
		const counted = await page.evaluate(() => {
			const map = window.planbordMap!;
			const inView = map.queryRenderedFeatures({ layers: ['services-clusters', 'services-icons'] });
			return inView.reduce((n, f) => n + ((f.properties.point_count as number) ?? 1), 0);
		});
		expect(counted).toBe(services.length);
		// Zoomed in on one school, its icon is drawn and a click opens the building.
		const school = services.find((b) => b.category === 'school')!;
		await page.evaluate((ll) => window.planbordMap!.jumpTo({ center: ll, zoom: 16 }), [
			school.lon,
			school.lat
		] as [number, number]);
		await page.waitForFunction(
			(n) =>
				window.planbordMap!.loaded() &&
				window
					.planbordMap!.queryRenderedFeatures({ layers: ['services-icons'] })
					.some((f) => f.properties.number === n),
			school.buildingNumber
		);
		await clickLngLat(page, [school.lon, school.lat]);
		await expect.poll(() => page.locator('[data-building] h2').textContent()).toBe(school.name);
		expect(await page.locator('[data-legend-layer="services"] li').allInnerTexts()).toContain(
			'Skole'
		);
	});

	it('rejects a bad value in the edit form with a located message and keeps the stored value', async () => {
		const building = register.find((b) => b.category === 'kindergarten')!;
		const page = await open(`/eiendom/${building.buildingNumber}`);
		await page.getByLabel('BTA (m²)').fill('-50');
		await page.getByRole('button', { name: 'Lagre' }).click();
		await expect
			.poll(() => page.getByRole('alert').first().textContent())
			.toContain('Rett feilene');
		expect(await page.locator('#bta-problem').textContent()).toBeTruthy();
		const stored = (await (
			await fetchAs('eiendom', app.url, `/api/buildings/${building.buildingNumber}`)
		).json()) as BuildingSummary;
		expect(stored.bta).toBe(building.bta);
	});

	it('has no serious or critical accessibility violations on the register pages', async () => {
		for (const path of ['/eiendom', `/eiendom/${register[0]!.buildingNumber}`, '/eiendom/import']) {
			const page = await open(path);
			await page.waitForSelector('h1');
			expect(await seriousAccessibilityViolations(page), path).toEqual([]);
		}
	});
});

describe('import and export in the browser', () => {
	const csv = (lines: string[]) => ({
		name: 'fdvu.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(lines.join('\n'), 'utf8')
	});
	const HEADER = 'Bygningsnr;Navn;Kommune;Kategori;Eierform;BTA (m²);TG;Øst;Nord';

	async function dryRun(page: Page, lines: string[]) {
		await page.locator('input[type=file]').setInputFiles(csv(lines));
		await page.getByRole('button', { name: 'Prøvekjør' }).click();
		await page.waitForSelector('[data-can-commit]');
	}

	it('shows every problem with its row before anything is saved, then saves a clean file once', async () => {
		const page = await open('/eiendom/import');
		await dryRun(page, [
			HEADER,
			'700000001;Importskole;Hurum;skole;eid;2 500,5;TG1;575000;6615000',
			'700000002;Feilbygg;Hurum;skule;eid;-3;TG7;575000;6615100'
		]);
		expect(await page.locator('[data-can-commit]').getAttribute('data-can-commit')).toBe('false');
		const problems = await page
			.locator('tr[data-problem]')
			.evaluateAll((rows) =>
				rows.map((r) => `${r.getAttribute('data-row')}:${r.getAttribute('data-problem')}`)
			);
		expect(problems).toEqual(
			expect.arrayContaining([
				'3:unknown-category',
				'3:area-not-positive',
				'3:condition-out-of-range'
			])
		);
		expect(await page.getByRole('button', { name: 'Lagre i registeret' }).count()).toBe(0);
		expect((await fetchAs('eiendom', app.url, '/api/buildings/700000001')).status).toBe(404);

		const clean = [HEADER, '700000001;Importskole;Hurum;skole;eid;2 500,5;TG1;575000;6615000'];
		await dryRun(page, clean);
		expect(await page.locator('[data-counts]').textContent()).toContain(
			'1 nye, 0 endret, 0 uendret'
		);
		await page.getByRole('button', { name: 'Lagre i registeret' }).click();
		await expect
			.poll(() => page.locator('p[role=status]').first().textContent())
			.toContain('er lagret: 1 nye');
		const saved = (await (
			await fetchAs('eiendom', app.url, '/api/buildings/700000001')
		).json()) as BuildingSummary;
		expect(saved).toMatchObject({ bta: 2500.5, condition: 1, municipality: '0628' });

		await dryRun(page, clean);
		expect(await page.locator('[data-counts]').textContent()).toContain(
			'0 nye, 0 endret, 1 uendret'
		);
	});

	it('offers the register and the report for download', async () => {
		for (const query of [
			'hva=register&format=xlsx',
			'hva=rapport&format=csv',
			'hva=register&format=geojson'
		]) {
			const response = await fetchAs('eiendom', app.url, `/eiendom/eksport?${query}`);
			expect(response.status, query).toBe(200);
			expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="/);
			expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
		}
		expect(
			(await fetchAs('eiendom', app.url, '/eiendom/eksport?hva=rapport&format=geojson')).status
		).toBe(400);
	});
});

describe('benchmarks', () => {
	it('an edited norm is what the register compares with, and a bad value is refused', async () => {
		const page = await open('/eiendom/normtall');
		const form = page.locator('form[data-benchmark="kostra-school-bta-per-pupil-2009"]');
		await form.getByLabel('Verdi').fill('abc');
		await form.getByRole('button', { name: 'Lagre' }).click();
		await expect
			.poll(() => page.getByRole('alert').first().textContent())
			.toContain('Rett feilene');
		await form.getByLabel('Verdi').fill('16,4');
		await form.getByRole('button', { name: 'Lagre' }).click();
		await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Lagret');

		const register = await open('/eiendom');
		const cell = register.locator('tr[data-category="school"] td[data-area="new"]');
		await expect
			.poll(async () => (await cell.textContent())?.replace(/\s+/g, ' '))
			.toContain('Normtall 16,4');
		expect(await seriousAccessibilityViolations(page)).toEqual([]);
	});
});
