import type { Position } from 'geojson';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveSharedVertex } from '$lib/zones/move-shared-vertex';
import type { ProposalDocument } from '$lib/zones/proposal';
import type { Zone } from '$lib/zones/types';
import { seededDataDir, startApp, type RunningApp } from '../helpers/app-server';
import { fetchAs, signedInContext } from '../helpers/auth';
import { launchBrowser, seriousAccessibilityViolations, watchPage } from '../helpers/browser';

let app: RunningApp;
let browser: Browser;
/** The copy of the sample proposal (id 1) whose version 2 has one shared vertex moved. */
let copy: { id: number; move: Move; before: Zone[]; sampleName: string };

interface Move {
	from: Position;
	to: Position;
	/** m², by hand: the quadrilateral between the old and the new border. */
	expected: number;
	/** The zone that gains the ground and the one that loses it (sorted out after the move). */
	gainer: Zone;
	loser: Zone;
}

beforeAll(async () => {
	app = await startApp({ PLANBORD_DATA_DIR: seededDataDir() });
	browser = await launchBrowser();
	copy = await createChangedCopy();
});

afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

async function api<T>(path: string, init?: { method: string; body: unknown }): Promise<T> {
	const response = await fetchAs('planlegger', app.url, path, {
		method: init?.method ?? 'GET',
		headers: { 'content-type': 'application/json' },
		body: init ? JSON.stringify(init.body) : undefined
	});
	expect(response.ok, `${path}: ${response.status}`).toBe(true);
	return (await response.json()) as T;
}

/** Copies the seeded sample, then saves version 2 with one interior shared vertex moved. */
async function createChangedCopy() {
	const created = await api<{ id: number }>('/api/proposals', {
		method: 'POST',
		body: { name: 'Kopi for sammenligning', copyFrom: 1 }
	});
	const document = await api<ProposalDocument>(`/api/proposals/${created.id}`);
	expect(document.version).toBe(1);
	expect(document.zones).toHaveLength(20);
	const move = interiorMove(document.zones);
	const moved = moveSharedVertex(document.zones, move.from, move.to);
	expect(moved.changed.sort()).toEqual([move.gainer.id, move.loser.id].sort());
	// Whichever zone grew gained the moved ground; it must have grown by exactly that much.
	const growth = (zone: Zone) =>
		zoneArea(moved.zones.find((z) => z.id === zone.id)!) - zoneArea(zone);
	if (growth(move.gainer) < 0) [move.gainer, move.loser] = [move.loser, move.gainer];
	expect(growth(move.gainer)).toBeCloseTo(move.expected, 2);
	expect(growth(move.loser)).toBeCloseTo(-move.expected, 2);
	const saved = await api<{ version: number }>(`/api/proposals/${created.id}/versions`, {
		method: 'POST',
		body: { baseVersion: 1, zones: moved.zones, note: 'Flyttet ett grensepunkt' }
	});
	expect(saved.version).toBe(2);
	const sample = await api<ProposalDocument>('/api/proposals/1');
	return { id: created.id, move, before: document.zones, sampleName: sample.proposal.name };
}

const key = (p: Position) => `${p[0]},${p[1]}`;

/** Rings of a zone without their closing position. */
function rings(zone: Zone): Position[][] {
	const all =
		zone.geometry.type === 'Polygon' ? zone.geometry.coordinates : zone.geometry.coordinates.flat();
	return all.map((ring) => ring.slice(0, -1));
}

/**
 * A vertex that exactly two zones share, whose ring neighbours lie on the same shared border
 * (so only those two zones change), moved a little away from its neighbours' midpoint (or
 * square to them when the three are in line). The changed ground is the quadrilateral
 * U-P-W-Q between the old border U-P-W and the new one U-Q-W.
 */
function interiorMove(zones: readonly Zone[]): Move {
	const owners = new Map<string, Zone[]>();
	for (const zone of zones) {
		for (const k of new Set(rings(zone).flat().map(key))) {
			owners.set(k, [...(owners.get(k) ?? []), zone]);
		}
	}
	for (const zone of zones) {
		for (const ring of rings(zone)) {
			for (let i = 0; i < ring.length; i++) {
				const p = ring[i]!;
				const u = ring[(i + ring.length - 1) % ring.length]!;
				const w = ring[(i + 1) % ring.length]!;
				const pair = owners.get(key(p))!;
				if (pair.length !== 2) continue;
				const other = pair.find((z) => z !== zone)!;
				if (![u, w].every((q) => owners.get(key(q))?.includes(other))) continue;
				const edge = Math.min(distance(p, u), distance(p, w));
				if (edge < 50) continue;
				let dx = p[0]! - (u[0]! + w[0]!) / 2;
				let dy = p[1]! - (u[1]! + w[1]!) / 2;
				if (Math.hypot(dx, dy) < 1) [dx, dy] = [-(w[1]! - u[1]!), w[0]! - u[0]!];
				const metres = Math.min(40, edge / 5);
				const length = Math.hypot(dx, dy);
				const to = [p[0]! + (dx / length) * metres, p[1]! + (dy / length) * metres];
				const expected = shoelace([u, p, w, to]);
				return { from: p, to, expected, gainer: zone, loser: other };
			}
		}
	}
	throw new Error('the sample has no interior shared vertex');
}

/** Shoelace area of a zone: outer rings minus holes. */
function zoneArea(zone: Zone): number {
	const polygons =
		zone.geometry.type === 'Polygon' ? [zone.geometry.coordinates] : zone.geometry.coordinates;
	return polygons.reduce(
		(sum, [outer, ...holes]) =>
			sum + shoelace(outer!.slice(0, -1)) - holes.reduce((h, r) => h + shoelace(r.slice(0, -1)), 0),
		0
	);
}

function distance(p: Position, q: Position): number {
	return Math.hypot(q[0]! - p[0]!, q[1]! - p[1]!);
}

/** Shoelace area of a simple polygon, relative to its first corner for precision. */
function shoelace(corners: Position[]): number {
	const [x0, y0] = corners[0] as [number, number];
	let twice = 0;
	for (let i = 0; i < corners.length; i++) {
		const p = corners[i]!;
		const q = corners[(i + 1) % corners.length]!;
		twice += (p[0]! - x0) * (q[1]! - y0) - (q[0]! - x0) * (p[1]! - y0);
	}
	return Math.abs(twice) / 2;
}

async function openCompare(page: Page, query: string) {
	const problems = await watchPage(page, app.url);
	await page.goto(`${app.url}/lokalomrader/sammenlign?${query}`);
	await page.waitForFunction(
		() =>
			window.planbordCompareMaps?.every(
				(m) => m.loaded() && m.getSource('zone-difference') && m.isSourceLoaded('zone-difference')
			),
		null,
		{ timeout: 60_000 }
	);
	return problems;
}

/** The overlay's pieces as each map's source holds them (tiles split a piece: one per index). */
function differenceFeatures(page: Page) {
	return page.evaluate(() =>
		window.planbordCompareMaps!.map((map) => {
			const byIndex = new Map<number, Record<string, unknown>>();
			for (const f of map.querySourceFeatures('zone-difference')) {
				byIndex.set(f.properties.index as number, f.properties);
			}
			return [...byIndex.values()];
		})
	);
}

const views = (page: Page) =>
	page.evaluate(() =>
		window.planbordCompareMaps!.map((m) => ({
			lng: m.getCenter().lng,
			lat: m.getCenter().lat,
			zoom: m.getZoom()
		}))
	);

describe('comparing proposals in the browser', () => {
	it('shows the moved ground on both maps, keeps the maps in step and lists both statistics', async () => {
		const context = await signedInContext(browser, app.url, 'planlegger', {
			viewport: { width: 1280, height: 900 }
		});
		const page = await context.newPage();
		const problems = await openCompare(page, `a=1&b=${copy.id}`);
		expect(problems.externalRequests).toEqual([]);

		const { move } = copy;
		const [inA, inB] = await differenceFeatures(page);
		for (const features of [inA!, inB!]) {
			expect(features).toHaveLength(1);
			expect(features[0]!.area as number).toBeCloseTo(move.expected, 0);
			expect(features[0]!.aName).toBe(move.loser.name);
			expect(features[0]!.bName).toBe(move.gainer.name);
		}
		const m2 = Math.round(move.expected).toLocaleString('nb-NO');
		await expect.poll(() => page.getByTestId('changed-area').textContent()).toContain(`${m2} m²`);
		const differenceRows = page.getByRole('table', {
			name: 'Områder med ulik sone, største først'
		});
		expect(await differenceRows.locator('tbody tr').count()).toBe(1);

		// Panning A by mouse moves B to the same view, and B moves A back: no echo, no drift.
		const canvasA = (await page.locator('.maplibregl-canvas').first().boundingBox())!;
		const before = await views(page);
		await page.mouse.move(canvasA.x + 300, canvasA.y + 300);
		await page.mouse.down();
		await page.mouse.move(canvasA.x + 180, canvasA.y + 220, { steps: 8 });
		await page.mouse.up();
		await page.evaluate(() => window.planbordCompareMaps![0].zoomTo(12, { duration: 0 }));
		await page.waitForTimeout(300);
		const [a, b] = await views(page);
		expect(a!.lng).not.toBeCloseTo(before[0]!.lng, 4);
		expect(a!.zoom).toBeCloseTo(12, 6);
		expect(b!.lng).toBeCloseTo(a!.lng, 9);
		expect(b!.lat).toBeCloseTo(a!.lat, 9);
		expect(b!.zoom).toBeCloseTo(a!.zoom, 9);
		await page.evaluate(() =>
			window.planbordCompareMaps![1].jumpTo({ center: [10.45, 59.83], zoom: 13 })
		);
		const [a2, b2] = await views(page);
		expect(a2).toEqual(b2);
		expect(a2!.zoom).toBeCloseTo(13, 9);

		for (const side of [`A: ${copy.sampleName}`, 'B: Kopi for sammenligning']) {
			// The caption also carries the population note: the name starts with the heading.
			const table = page.getByRole('table', { name: `Nøkkeltall per sone – ${side}` });
			expect(await table.locator('tbody tr').count()).toBe(20);
		}
		expect(await seriousAccessibilityViolations(page)).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
		await context.close();
	});

	it('stacks the two maps on a narrow screen', async () => {
		const context = await signedInContext(browser, app.url, 'planlegger', {
			viewport: { width: 600, height: 900 }
		});
		const page = await context.newPage();
		await openCompare(page, `a=1&b=${copy.id}`);
		const [first, second] = await page.locator('.maplibregl-canvas').all();
		const boxA = (await first!.boundingBox())!;
		const boxB = (await second!.boundingBox())!;
		expect(boxB.y).toBeGreaterThanOrEqual(boxA.y + boxA.height);
		expect(Math.abs(boxB.x - boxA.x)).toBeLessThan(2);
		await context.close();
	});

	it('answers bad addresses with a message page, never a server error', async () => {
		const cases: Array<[string, number, string]> = [
			['/lokalomrader/sammenlign', 400, 'a='],
			['/lokalomrader/sammenlign?a=1', 400, 'a='],
			['/lokalomrader/sammenlign?a=x&b=1', 400, 'forslagsnummer'],
			['/lokalomrader/sammenlign?a=1&b=1&bv=0', 400, 'versjonsnummer'],
			['/lokalomrader/sammenlign?a=1&b=9999', 404, 'Forslag 9999 finnes ikke'],
			['/lokalomrader/sammenlign?a=1&b=1&av=99', 404, 'ingen versjon 99'],
			['/lokalomrader/1/versjon/99', 404, 'finnes ikke'],
			['/lokalomrader/1/versjon/abc', 404, 'finnes ikke'],
			['/lokalomrader/9999/versjon/1', 404, 'finnes ikke']
		];
		for (const [path, status, message] of cases) {
			const response = await fetchAs('planlegger', app.url, path);
			expect(response.status, path).toBe(status);
			expect(await response.text(), path).toContain(message);
		}
	});

	it('shows a saved version read-only, with its zones, and compares it with the newest', async () => {
		const context = await signedInContext(browser, app.url, 'planlegger', {
			viewport: { width: 1280, height: 900 }
		});
		const page = await context.newPage();
		const problems = await watchPage(page, app.url);
		await page.goto(`${app.url}/lokalomrader/${copy.id}/versjon/1`);
		await page.waitForFunction(
			() => window.planbordMap?.loaded() && window.planbordMap.isSourceLoaded('zones'),
			null,
			{ timeout: 60_000 }
		);
		const ids = await page.evaluate(() => [
			...new Set(window.planbordMap!.querySourceFeatures('zones').map((f) => f.properties.id))
		]);
		expect(ids.sort()).toEqual(copy.before.map((z) => z.id).sort());
		expect(await page.locator('.zone-label').count()).toBe(20);
		await expect
			.poll(() => page.locator(`.zone-label[data-zone-id="${copy.move.gainer.id}"]`).textContent())
			.toBe(copy.move.gainer.name);
		const table = page.getByRole('table', { name: 'Nøkkeltall per sone i versjon 1' });
		expect(await table.locator('tbody tr').count()).toBe(20);
		expect(
			await page.getByRole('link', { name: 'Tilbake til redigering' }).getAttribute('href')
		).toBe(`/lokalomrader/${copy.id}`);
		expect(await seriousAccessibilityViolations(page)).toEqual([]);
		expect(problems.externalRequests).toEqual([]);

		await page.getByRole('link', { name: 'Sammenlign med nyeste' }).click();
		await page.waitForURL((url) => url.pathname === '/lokalomrader/sammenlign');
		expect(new URL(page.url()).search).toBe(`?a=${copy.id}&b=${copy.id}&av=1&bv=2`);
		await page.waitForFunction(
			() =>
				window.planbordCompareMaps?.every((m) => m.loaded() && m.isSourceLoaded('zone-difference')),
			null,
			{ timeout: 60_000 }
		);
		const [inA] = await differenceFeatures(page);
		expect(inA).toHaveLength(1);
		expect(inA![0]!.area as number).toBeCloseTo(copy.move.expected, 0);
		await context.close();
	});
});
