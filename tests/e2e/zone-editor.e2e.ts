import proj4 from 'proj4';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planarArea } from '$lib/geometry/area';
import type { Zone } from '$lib/zones/types';
import { seededDataDir, startApp, type RunningApp } from '../helpers/app-server';
import { fetchAs, signedInContext } from '../helpers/auth';
import { launchBrowser, seriousAccessibilityViolations, watchPage } from '../helpers/browser';

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

async function newProposal(name: string): Promise<number> {
	const response = await fetchAs('planlegger', app.url, '/api/proposals', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ name, description: 'e2e' })
	});
	expect(response.status).toBe(201);
	return ((await response.json()) as { id: number }).id;
}

/** Opens the editor zoomed in over Asker sentrum, where the pixel positions below lie. */
async function openEditor(context: BrowserContext, id: number): Promise<Page> {
	const page = await context.newPage();
	const problems = await watchPage(page, app.url);
	await page.goto(`${app.url}/lokalomrader/${id}`);
	await page.waitForFunction(
		() => window.planbordMap?.loaded() && window.planbordZoneEditor,
		null,
		{
			timeout: 60_000
		}
	);
	await page.evaluate(() => window.planbordMap!.jumpTo({ center: [10.45, 59.83], zoom: 13 }));
	await page.waitForFunction(() => window.planbordMap!.loaded(), null, { timeout: 60_000 });
	expect(problems.externalRequests).toEqual([]);
	return page;
}

/** Canvas pixel → page coordinates. */
async function canvas(page: Page) {
	const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
	return {
		async click(x: number, y: number) {
			await page.mouse.move(box.x + x, box.y + y);
			await page.mouse.click(box.x + x, box.y + y);
			await page.waitForTimeout(100);
		},
		async drag(from: [number, number], to: [number, number]) {
			await page.mouse.move(box.x + from[0], box.y + from[1]);
			await page.mouse.down();
			await page.mouse.move(box.x + to[0], box.y + to[1], { steps: 6 });
			await page.mouse.up();
			await page.waitForTimeout(100);
		},
		/** The EPSG:25832 position under a canvas pixel, as the map itself computes it. */
		async metresAt(x: number, y: number): Promise<[number, number]> {
			const { lng, lat } = await page.evaluate(
				([px, py]) => window.planbordMap!.unproject([px!, py!]),
				[x, y]
			);
			return proj4('EPSG:4326', '+proj=utm +zone=32 +ellps=GRS80 +units=m +no_defs', [
				lng,
				lat
			]) as [number, number];
		}
	};
}

async function drawPolygon(page: Page, points: [number, number][]) {
	const map = await canvas(page);
	await page.getByRole('button', { name: 'Tegn sone' }).click();
	for (const [x, y] of points) await map.click(x, y);
	await map.click(points[0]![0], points[0]![1]);
	await page.keyboard.press('Escape');
}

const zonesOf = (page: Page) =>
	page.evaluate(() => window.planbordZoneEditor!.zones) as Promise<Zone[]>;
const problemsOf = (page: Page) =>
	page.evaluate(() =>
		window.planbordZoneEditor!.problems.map((p) => ({
			kind: p.kind,
			area: p.area,
			zoneIds: p.zoneIds
		}))
	);
const ring = (zone: Zone) => (zone.geometry.coordinates as number[][][])[0]!;
const key = (p: number[]) => `${p[0]},${p[1]}`;
const area = (zone: Zone) => planarArea(zone.geometry);

/** Shoelace area of a ring in metres, independent of the app's own area function. */
function shoelace(points: [number, number][]): number {
	let twice = 0;
	for (let i = 0; i < points.length; i++) {
		const [x1, y1] = points[i]!;
		const [x2, y2] = points[(i + 1) % points.length]!;
		twice += x1 * y2 - x2 * y1;
	}
	return Math.abs(twice) / 2;
}

describe('zone editor in the browser', () => {
	it('draws two zones sharing a border by snapping, moves the shared vertex in both, flags an overlap, undoes, saves and reloads', async () => {
		const id = await newProposal('Tegnetest');
		const context = await signedInContext(browser, app.url, 'planlegger', {
			viewport: { width: 1280, height: 900 }
		});
		const page = await openEditor(context, id);
		const map = await canvas(page);

		await drawPolygon(page, [
			[300, 300],
			[500, 300],
			[500, 500],
			[300, 500]
		]);
		// The second zone's corners are clicked a few pixels off the first zone's corners.
		await drawPolygon(page, [
			[504, 303],
			[700, 300],
			[700, 500],
			[497, 504]
		]);
		const [a, b] = await zonesOf(page);
		expect(a && b).toBeTruthy();
		const shared = ring(a!).filter((p) => ring(b!).some((q) => key(p) === key(q)));
		expect(new Set(shared.map(key)).size).toBe(2);
		expect((await problemsOf(page)).filter((p) => p.kind === 'overlap')).toEqual([]);

		// Select the first zone and drag its top-right corner: both zones follow, one undo step.
		await map.click(400, 400);
		expect(await page.evaluate(() => window.planbordZoneEditor!.selectedId)).toBe(a!.id);
		const corner = ring(a!).find(
			(p) => ring(b!).some((q) => key(p) === key(q)) && p[1]! > ring(a!)[1]![1]!
		)!;
		const cornerPixel = await page.evaluate(
			([lng, lat]) => window.planbordMap!.project([lng!, lat!]),
			proj4('+proj=utm +zone=32 +ellps=GRS80 +units=m +no_defs', 'EPSG:4326', corner) as number[]
		);
		const steps = await page.evaluate(() => window.planbordZoneEditor!.history.past.length);
		await map.drag([cornerPixel.x, cornerPixel.y], [cornerPixel.x + 30, cornerPixel.y - 25]);
		const [a2, b2] = await zonesOf(page);
		expect(ring(a2!).map(key)).not.toContain(key(corner));
		expect(ring(b2!).map(key)).not.toContain(key(corner));
		const moved = ring(a2!).filter((p) => !ring(a!).some((q) => key(p) === key(q)));
		expect(moved).toHaveLength(1);
		expect(ring(b2!).map(key)).toContain(key(moved[0]!));
		expect(await page.evaluate(() => window.planbordZoneEditor!.history.past.length)).toBe(
			steps + 1
		);

		// A drag released over the side panel ends there: pan works again and the zones stop
		// following the pointer.
		const movedPixel = await page.evaluate(
			([lng, lat]) => window.planbordMap!.project([lng!, lat!]),
			proj4('+proj=utm +zone=32 +ellps=GRS80 +units=m +no_defs', 'EPSG:4326', moved[0]!) as number[]
		);
		const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
		await page.mouse.move(box.x + movedPixel.x, box.y + movedPixel.y);
		await page.mouse.down();
		await page.mouse.move(box.x + movedPixel.x + 20, box.y + movedPixel.y + 10, { steps: 4 });
		await page.mouse.move(box.x + box.width + 100, box.y + 200, { steps: 4 });
		await page.mouse.up();
		expect(await page.evaluate(() => window.planbordMap!.dragPan.isEnabled())).toBe(true);
		const afterRelease = await zonesOf(page);
		await page.mouse.move(box.x + 200, box.y + 200, { steps: 4 });
		expect(await zonesOf(page)).toEqual(afterRelease);
		await page.keyboard.press('Control+z');
		expect(ring((await zonesOf(page))[0]!)).toEqual(ring(a2!));

		// A third zone drawn inside the first overlaps it by its whole area.
		const inner: [number, number][] = [
			[340, 360],
			[440, 360],
			[440, 460],
			[340, 460]
		];
		await drawPolygon(page, inner);
		const expectedArea = shoelace(await Promise.all(inner.map(([x, y]) => map.metresAt(x, y))));
		const overlaps = (await problemsOf(page)).filter((p) => p.kind === 'overlap');
		expect(overlaps).toHaveLength(1);
		expect(overlaps[0]!.area).toBeGreaterThan(expectedArea * 0.99);
		expect(overlaps[0]!.area).toBeLessThan(expectedArea * 1.01);
		const listed = page.locator('section[aria-labelledby=problems-heading] li[data-kind=overlap]');
		await expect.poll(() => listed.textContent()).toMatch(/Overlapp\s+[\d\s\u00a0]+m²/);
		expect(
			await page.evaluate(() => window.planbordMap!.querySourceFeatures('zone-problems').length)
		).toBeGreaterThan(0);

		await page.keyboard.press('Control+z');
		expect(await zonesOf(page)).toHaveLength(2);
		expect((await problemsOf(page)).filter((p) => p.kind === 'overlap')).toEqual([]);

		const beforeSave = await zonesOf(page);
		await page.getByRole('button', { name: 'Lagre', exact: true }).click();
		await page.getByText('Lagret som versjon 1.').waitFor();
		expect(await seriousAccessibilityViolations(page)).toEqual([]);

		await page.reload();
		await page.waitForFunction(() => window.planbordZoneEditor?.zones.length === 2, null, {
			timeout: 60_000
		});
		const reloaded = await zonesOf(page);
		expect(reloaded.map((z) => z.id)).toEqual(beforeSave.map((z) => z.id));
		reloaded.forEach((zone, i) => {
			const before = ring(beforeSave[i]!);
			ring(zone).forEach((p, j) => {
				expect(p[0]).toBeCloseTo(before[j]![0]!, 6);
				expect(p[1]).toBeCloseTo(before[j]![1]!, 6);
			});
		});
		await context.close();
	});

	it('two planners saving the same proposal: the second gets a conflict and keeps its edit', async () => {
		const id = await newProposal('Konflikttest');
		const first = await signedInContext(browser, app.url, 'planlegger', {
			viewport: { width: 1280, height: 900 }
		});
		const second = await signedInContext(browser, app.url, 'planlegger', {
			viewport: { width: 1280, height: 900 }
		});
		const pageA = await openEditor(first, id);
		const pageB = await openEditor(second, id);

		await drawPolygon(pageA, [
			[300, 300],
			[500, 300],
			[500, 500],
			[300, 500]
		]);
		await pageA.getByRole('button', { name: 'Lagre', exact: true }).click();
		await pageA.getByText('Lagret som versjon 1.').waitFor();

		// B started from version 0 and draws its own zone.
		await drawPolygon(pageB, [
			[600, 300],
			[800, 300],
			[800, 500],
			[600, 500]
		]);
		const mine = await zonesOf(pageB);
		await pageB.getByRole('button', { name: 'Lagre', exact: true }).click();
		await pageB.getByText('Noen andre har lagret forslaget').waitFor();
		expect(await zonesOf(pageB)).toEqual(mine);
		const stored = await pageB.evaluate(
			(key) => localStorage.getItem(key),
			`planbord:lokalomrader:${id}`
		);
		expect(JSON.parse(stored!).zones).toEqual(mine);

		// A's version is untouched on the server.
		const serverA = (await (
			await fetchAs('planlegger', app.url, `/api/proposals/${id}`)
		).json()) as {
			version: number;
			zones: Zone[];
		};
		expect(serverA.version).toBe(1);
		expect(serverA.zones).toHaveLength(1);

		// B keeps its work as a new proposal.
		await pageB.getByRole('button', { name: 'Lagre mine endringer som nytt forslag' }).click();
		await pageB.waitForURL(
			(url) => /\/lokalomrader\/\d+$/.test(url.pathname) && !url.pathname.endsWith(`/${id}`)
		);
		await pageB.waitForFunction(() => window.planbordZoneEditor?.zones.length === 1, null, {
			timeout: 60_000
		});
		const copied = await zonesOf(pageB);
		expect(ring(copied[0]!)).toEqual(ring(mine[0]!));
		await first.close();
		await second.close();
	});

	it('splits a zone with a line, merges it back, deletes one, saves, and restores an older version', async () => {
		const copy = await fetchAs('planlegger', app.url, '/api/proposals', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ name: 'Del og slå sammen', copyFrom: 1 })
		});
		const id = ((await copy.json()) as { id: number }).id;
		const context = await signedInContext(browser, app.url, 'planlegger', {
			viewport: { width: 1280, height: 900 }
		});
		const page = await context.newPage();
		await watchPage(page, app.url);
		await page.goto(`${app.url}/lokalomrader/${id}`);
		await page.waitForFunction(() => window.planbordMap?.loaded() && window.planbordZoneEditor);
		const original = await zonesOf(page);
		const target = original.reduce((a, b) => (area(b) > area(a) ? b : a));

		await page.getByRole('button', { name: target.name, exact: true }).click();
		await page.getByRole('button', { name: 'Del sone med linje' }).click();
		const bounds = await page.evaluate((zoneId) => {
			const map = window.planbordMap!;
			const points = map
				.queryRenderedFeatures({ layers: ['zones-fill'] })
				.filter((f) => f.properties.id === zoneId)
				.flatMap((f) =>
					f.geometry.type === 'Polygon'
						? f.geometry.coordinates[0]!
						: f.geometry.type === 'MultiPolygon'
							? f.geometry.coordinates.flatMap((p) => p[0]!)
							: []
				)
				.map((c) => map.project([c[0]!, c[1]!]));
			const xs = points.map((p) => p.x);
			const ys = points.map((p) => p.y);
			return {
				x0: Math.min(...xs),
				x1: Math.max(...xs),
				y: (Math.min(...ys) + Math.max(...ys)) / 2
			};
		}, target.id);
		const map = await canvas(page);
		await map.click(bounds.x0 - 15, bounds.y);
		await map.click(bounds.x1 + 15, bounds.y);
		await map.click(bounds.x1 + 15, bounds.y);
		await page.waitForFunction(
			(n) => window.planbordZoneEditor!.zones.length === n,
			original.length + 1
		);
		const split = await zonesOf(page);
		const pieces = split.filter((z) => z.name === target.name);
		expect(pieces).toHaveLength(2);
		expect(pieces[0]!.id).toBe(target.id);
		expect(pieces.reduce((sum, z) => sum + area(z), 0)).toBeCloseTo(area(target), -1);
		expect(await problemsOf(page)).toEqual([]);

		// Merge the new piece back into the zone it came from.
		await page.getByRole('combobox', { name: 'Slå sammen med' }).selectOption(pieces[1]!.id);
		await page.getByRole('button', { name: 'Slå sammen', exact: true }).click();
		await page.waitForFunction(
			(n) => window.planbordZoneEditor!.zones.length === n,
			original.length
		);
		const merged = (await zonesOf(page)).find((z) => z.id === target.id)!;
		expect(area(merged)).toBeCloseTo(area(target), -1);
		expect(await problemsOf(page)).toEqual([]);

		// Delete it: its ground becomes a gap of its area.
		await page.getByRole('button', { name: 'Slett sone' }).click();
		const gaps = (await problemsOf(page)).filter((p) => p.kind === 'gap');
		expect(gaps.reduce((sum, g) => sum + g.area, 0)).toBeCloseTo(area(target), -1);
		await page.getByRole('button', { name: 'Lagre', exact: true }).click();
		await page.getByText('Lagret som versjon 2.').waitFor();

		// Version 1 comes back as version 3; nothing of history is rewritten.
		await page.getByRole('button', { name: 'Gjenopprett' }).click();
		await page.waitForFunction(
			(n) =>
				window.planbordZoneEditor?.baseVersion === 3 &&
				window.planbordZoneEditor.zones.length === n,
			original.length,
			{ timeout: 60_000 }
		);
		expect((await zonesOf(page)).map((z) => z.id).sort()).toEqual(original.map((z) => z.id).sort());
		await context.close();
	});
});
