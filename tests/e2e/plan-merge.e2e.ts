import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededDataDir, startApp, type RunningApp } from '../helpers/app-server';
import { signedInPage } from '../helpers/auth';
import {
	launchBrowser,
	seriousAccessibilityViolations,
	waitForMap,
	watchPage
} from '../helpers/browser';

const SAMPLE_FILES = ['asker-0220-kpa.gml', 'royken-0627-kpa.sos', 'hurum-0628-kpa.geojson'].map(
	(name) => resolve('geodata/plans', name)
);

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
	app = await startApp({ PLANBORD_DATA_DIR: seededDataDir() });
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

async function open(path: string): Promise<Page> {
	const page = await signedInPage(browser, app.url, 'planlegger', {
		viewport: { width: 1280, height: 900 }
	});
	const problems = await watchPage(page, app.url);
	await page.goto(`${app.url}${path}`);
	expect(problems.externalRequests).toEqual([]);
	return page;
}

describe('plan merge in the browser', () => {
	it('imports three files, merges, shows a conflict on the map, and downloads SOSI and GML', async () => {
		const page = await open('/plan');
		await page.locator('input[type=file][name=files]').setInputFiles(SAMPLE_FILES);
		await page.getByRole('button', { name: 'Importer' }).click();
		const result = page.locator('ul.result li');
		await result.first().waitFor();
		expect(await result.count()).toBe(3);
		expect(await result.allTextContents()).toEqual(
			expect.arrayContaining([expect.stringContaining('0628')])
		);

		await page.getByRole('button', { name: 'Slå sammen' }).click();
		await page.waitForURL(/\/plan\/\d+$/);
		await waitForMap(page);
		const rows = page.locator('tr[data-issue]');
		expect(await rows.count()).toBeGreaterThan(5);

		// A gap conflict: click "Vis i kartet" and find it highlighted where the map now looks.
		const gap = page.locator('tr[data-issue]', { hasText: 'Glipe' }).first();
		const key = (await gap.getAttribute('data-issue'))!;
		await gap.getByRole('button', { name: /Vis i kartet/ }).click();
		expect(await gap.getAttribute('class')).toContain('selected');
		await page.waitForFunction(
			(k) => {
				const map = window.planbordMap!;
				if (!map.loaded()) return false;
				return map
					.queryRenderedFeatures({ layers: ['plan-issues-selected'] })
					.some((f) => f.properties?.key === k);
			},
			key,
			{ timeout: 60_000 }
		);

		const downloadOf = async (label: string) => {
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('link', { name: label, exact: true }).click()
			]);
			const stream = await download.createReadStream();
			const chunks: Buffer[] = [];
			for await (const chunk of stream) chunks.push(chunk as Buffer);
			return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('latin1') };
		};
		const sosi = await downloadOf('SOSI');
		expect(sosi.name).toMatch(/\.sos$/);
		expect(sosi.text.startsWith('.HODE')).toBe(true);
		expect(sosi.text).toContain('KpArealformålOmråde'.normalize());
		expect(sosi.text.trimEnd().endsWith('.SLUTT')).toBe(true);
		const gml = await downloadOf('GML');
		expect(gml.name).toMatch(/\.gml$/);
		expect(gml.text).toContain('KpArealform');
		expect(gml.text).toContain('3025');

		expect(await seriousAccessibilityViolations(page)).toEqual([]);
		await page.close();
	});

	it('refuses a broken file with a message naming it, and keeps the plans list', async () => {
		const page = await open('/plan');
		const before = await page.locator('#sources-heading + table tbody tr').count();
		await page.locator('input[type=file][name=files]').setInputFiles({
			name: 'avkortet.sos',
			mimeType: 'text/plain',
			buffer: Buffer.from('.HODE\n..TEGNSETT UTF-8\n..TRANSPAR\n...KOORDSYS 22\n', 'latin1')
		});
		await page.getByRole('button', { name: 'Importer' }).click();
		const alert = page.getByRole('alert');
		await alert.waitFor();
		expect(await alert.textContent()).toContain('avkortet.sos');
		expect(await page.locator('#sources-heading + table tbody tr').count()).toBe(before);
		await page.close();
	});
});
