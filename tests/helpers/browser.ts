import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Debian's Chromium, headless. Never a downloaded browser. The background-networking flags
 * stop Chromium from calling home (the machine has no internet); SwiftShader gives MapLibre
 * a software WebGL.
 */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--enable-unsafe-swiftshader',
			'--use-angle=swiftshader',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
}

export interface PageProblems {
	consoleErrors: string[];
	/** Requests to anything but the app: the map must work with no internet. */
	externalRequests: string[];
}

/**
 * Records console errors, uncaught exceptions and every request that leaves the app's
 * origin (those are aborted, as they would fail offline).
 */
export async function watchPage(page: Page, appUrl: string): Promise<PageProblems> {
	const problems: PageProblems = { consoleErrors: [], externalRequests: [] };
	const origin = new URL(appUrl).origin;
	page.on('console', (m) => {
		if (m.type() === 'error') problems.consoleErrors.push(m.text());
	});
	page.on('pageerror', (e) => problems.consoleErrors.push(e.message));
	await page.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
			return route.continue();
		}
		problems.externalRequests.push(url);
		return route.abort();
	});
	return problems;
}

/** Waits until the page's map has loaded its style and the municipalities source. */
export async function waitForMap(page: Page): Promise<void> {
	await page.waitForFunction(
		() => window.planbordMap?.loaded() && window.planbordMap.isSourceLoaded('municipalities'),
		null,
		{ timeout: 60_000 }
	);
}

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
	const { createRequire } = await import('node:module');
	const { readFile } = await import('node:fs/promises');
	const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
	// Evaluated through DevTools rather than added as a <script>: the app's CSP (script-src
	// with a nonce, no 'unsafe-inline') rightly blocks an inline script tag.
	await page.evaluate(await readFile(axePath, 'utf8'));
	return page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (c: Document) => Promise<AxeResults> } }).axe;
		const results = await axe.run(document);
		return results.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	});
}

interface AxeResults {
	violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}

/** Clicks the map canvas where a lon/lat is drawn now. */
export async function clickLngLat(page: Page, lngLat: [number, number]) {
	const point = await page.evaluate((ll) => window.planbordMap!.project(ll), lngLat);
	const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
	await page.mouse.click(box.x + point.x, box.y + point.y);
}
