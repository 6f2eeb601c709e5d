import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildingSummary } from '$lib/buildings/types';
import { seededDataDir, startApp, type RunningApp } from '../helpers/app-server';
import { fetchAs, signedInPage } from '../helpers/auth';
import { launchBrowser, seriousAccessibilityViolations, watchPage } from '../helpers/browser';

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

const CHARTS = [
	'Areal per bruker per kategori og kommune (m² BTA per bruker)',
	'Areal per innbygger, formålsbygg (m² BTA per innbygger)',
	'Tilstandsgrad (NS 3424) per kommune, andel av areal og av antall bygg',
	'Vedlikeholdsetterslep per kategori og kommune'
];

async function open(width = 1280) {
	const page = await signedInPage(browser, app.url, 'eiendom', {
		viewport: { width, height: 900 }
	});
	const problems = await watchPage(page, app.url);
	await page.goto(`${app.url}/eiendom/oversikt`);
	await page.waitForSelector('h1');
	// Hydrated: the charts have measured their width and laid out at their real size.
	await page.waitForFunction(() =>
		[...document.querySelectorAll<SVGSVGElement>('svg[role="img"]')].every(
			(svg) => Math.abs(svg.getBoundingClientRect().width - svg.viewBox.baseVal.width) < 1
		)
	);
	return { page, problems };
}

async function openAllTables(page: Page) {
	for (const summary of await page.getByText('Vis som tabell', { exact: true }).all()) {
		await summary.click();
	}
}

describe('the property dashboard', () => {
	it('shows the four charts, each a named figure with a chart image and the sample notice', async () => {
		const { page, problems } = await open();
		for (const name of CHARTS) {
			const figure = page.getByRole('figure', { name, exact: true });
			expect(await figure.count(), name).toBe(1);
			expect(await figure.getByRole('img').count(), name).toBe(1);
		}
		expect(await page.getByRole('note').textContent()).toContain('Eksempeldata');
		expect(await page.locator('main').textContent()).not.toMatch(/NaN|Infinity/);
		expect(problems.consoleErrors).toEqual([]);
	});

	it('gives the efficiency chart a table with Røyken schools’ Σ BTA / Σ pupils', async () => {
		// Ratio of sums over schools with both a BTA and a pupil count, as the app defines it.
		const schools = register.filter(
			(b) =>
				b.category === 'school' &&
				b.municipality === '0627' &&
				b.bta !== null &&
				b.bta > 0 &&
				b.users !== null
		);
		expect(schools.length).toBeGreaterThan(1);
		const bta = schools.reduce((sum, b) => sum + b.bta!, 0);
		const pupils = schools.reduce((sum, b) => sum + b.users!, 0);
		const expected = (bta / pupils).toFixed(1).replace('.', ',').replace(/,0$/, '');

		const { page } = await open();
		const figure = page.getByRole('figure', { name: CHARTS[0], exact: true });
		await figure.getByText('Vis som tabell', { exact: true }).click();
		const table = figure.getByRole('table');
		expect(await table.getByRole('columnheader', { name: 'Røyken' }).count()).toBe(1);
		const cell = table.getByRole('row', { name: /^Skole/ }).locator('td[data-area="0627"]');
		expect((await cell.locator('[data-value]').textContent())?.trim()).toBe(expected);
	});

	it('has no serious or critical accessibility violations, with the tables open', async () => {
		const { page } = await open();
		await openAllTables(page);
		expect(await page.getByRole('table').count()).toBe(4);
		expect(await seriousAccessibilityViolations(page)).toEqual([]);
	});

	it('fits a 375 px wide phone without sideways scrolling', async () => {
		const { page } = await open(375);
		const scrollWidth = () =>
			page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
		expect(await scrollWidth()).toBeLessThanOrEqual(375 + 1);
		await openAllTables(page);
		expect(await scrollWidth()).toBeLessThanOrEqual(375 + 1);
	});
});
