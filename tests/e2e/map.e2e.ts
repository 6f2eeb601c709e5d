import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '$lib/server/db/open-postgres';
import { seedMunicipalities } from '$lib/server/municipalities/seed-municipalities';
import type { MunicipalityCollection } from '$lib/municipalities/types';
import { startApp, type RunningApp } from '../helpers/app-server';
import { bootstrapPasswords, signIn } from '../helpers/auth';
import { launchBrowser, watchPage, type PageProblems } from '../helpers/browser';
import { MUNICIPALITIES_FOLDER } from '../helpers/geodata';
import { decodeTile } from '../helpers/decode-tile';
import { testServerUrl } from '../helpers/backends';

interface AppBackend {
	name: string;
	/** Environment for the app process, after preparing its database. */
	prepare(): Promise<{ env: Record<string, string>; cleanup(): Promise<void> }>;
}

const embedded: AppBackend = {
	name: 'embedded PGlite (fresh folder, seeds itself)',
	async prepare() {
		const dir = mkdtempSync(join(tmpdir(), 'planbord-e2e-'));
		return { env: { PLANBORD_DATA_DIR: dir }, cleanup: async () => {} };
	}
};

const server: AppBackend = {
	name: 'PostgreSQL + PostGIS (seeded with db:seed)',
	async prepare() {
		const admin = postgres(testServerUrl!, { max: 1, onnotice: () => {} });
		const name = `planbord_e2e_${process.pid}`;
		await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
		await admin.unsafe(`CREATE DATABASE ${name}`);
		const url = new URL(testServerUrl!);
		url.pathname = `/${name}`;
		const handle = await openPostgres(url.toString());
		await handle.migrate();
		await seedMunicipalities(handle.db, MUNICIPALITIES_FOLDER);
		await handle.close();
		return {
			env: { DATABASE_URL: url.toString() },
			cleanup: async () => {
				await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
				await admin.end();
			}
		};
	}
};

const appBackends = testServerUrl ? [embedded, server] : [embedded];

/** What the administrator chooses at the first sign-in (12+ characters, not the user name). */
const NEW_PASSWORD = 'kommunekart-2026-ny';

describe.each(appBackends)('the map page on $name', (backend) => {
	let app: RunningApp;
	let browser: Browser;
	let context: BrowserContext;
	let page: Page;
	let problems: PageProblems;
	let cleanup: () => Promise<void>;
	/** The session cookie of `admin` after the password change, for Node's requests. */
	let session: string;
	/** What the first start and first sign-in showed, checked by the first test. */
	const firstStart = { printed: [] as string[], landedOn: '', rootBefore: '', apiBefore: 0 };

	/** `fetch` as the administrator. */
	const get = (path: string, headers: Record<string, string> = {}) =>
		fetch(`${app.url}${path}`, {
			headers: { ...headers, cookie: `planbord_session=${session}` }
		});

	/**
	 * The first start made `admin` with a one-time password on stdout: sign in with it on the
	 * login page, which sends a user with a one-time password to /konto, and change it there.
	 */
	async function firstSignIn(password: string) {
		await page.goto(app.url);
		await page.waitForURL((url) => url.pathname === '/logg-inn');
		await page.getByLabel('Brukernavn', { exact: true }).fill('admin');
		await page.getByLabel('Passord', { exact: true }).fill(password);
		await page.getByRole('button', { name: 'Logg inn' }).click();
		await page.waitForURL((url) => url.pathname === '/konto');
		firstStart.landedOn = new URL(page.url()).pathname;

		// Until the password is changed, every page leads back here and the API refuses.
		await page.goto(app.url);
		firstStart.rootBefore = new URL(page.url()).pathname;
		const cookie = (await context.cookies(app.url)).find((c) => c.name === 'planbord_session');
		firstStart.apiBefore = (
			await fetch(`${app.url}/api/municipalities`, {
				headers: { cookie: `planbord_session=${cookie?.value}` }
			})
		).status;

		await page.getByLabel('Nåværende passord').fill(password);
		await page.getByLabel(/^Nytt passord/).fill(NEW_PASSWORD);
		await page.getByLabel('Gjenta nytt passord').fill(NEW_PASSWORD);
		await page.getByRole('button', { name: 'Bytt passord' }).click();
		await page.getByText('Passordet er byttet').waitFor();
	}

	beforeAll(async () => {
		const prepared = await backend.prepare();
		cleanup = prepared.cleanup;
		app = await startApp(prepared.env);
		firstStart.printed = bootstrapPasswords(app.output());
		browser = await launchBrowser();
		context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		page = await context.newPage();
		problems = await watchPage(page, app.url);
		expect(firstStart.printed, app.output()).toHaveLength(1);
		await firstSignIn(firstStart.printed[0]!);
		session = await signIn(app.url, 'admin', NEW_PASSWORD);
		await page.goto(app.url);
		await page.waitForFunction(
			() => window.planbordMap?.loaded() && window.planbordMap.isSourceLoaded('municipalities'),
			null,
			{ timeout: 60_000 }
		);
	});

	afterAll(async () => {
		await browser?.close();
		await app?.stop();
		await cleanup?.();
	});

	it('made an administrator on first start whose one-time password, printed once, must be changed', async () => {
		expect(bootstrapPasswords(app.output())).toEqual(firstStart.printed);
		expect(firstStart.printed).toHaveLength(1);
		expect(app.output().split(firstStart.printed[0]!)).toHaveLength(2);
		expect(firstStart.landedOn).toBe('/konto');
		expect(firstStart.rootBefore).toBe('/konto');
		expect(firstStart.apiBefore).toBe(403);
		// Signed in with the new password, the map is where the first page now goes.
		expect(new URL(page.url()).pathname).toBe('/');
	});

	it('shows Asker, Røyken, Hurum and the new Asker as map features', async () => {
		const numbers = await page.evaluate(() =>
			window.planbordMap!.querySourceFeatures('municipalities').map((f) => f.properties.number)
		);
		expect([...new Set(numbers)].sort()).toEqual(['0220', '0627', '0628', '3203']);
	});

	it('draws the old municipalities filled and the new one as an outline', async () => {
		const layers = await page.evaluate(() =>
			window.planbordMap!.getStyle().layers.map((l) => `${l.id}:${l.type}`)
		);
		expect(layers).toEqual(
			expect.arrayContaining([
				'municipalities-old-fill:fill',
				'municipalities-old-line:line',
				'municipalities-new-line:line'
			])
		);
		const rendered = await page.evaluate(
			() =>
				window.planbordMap!.queryRenderedFeatures({ layers: ['municipalities-old-fill'] }).length
		);
		expect(rendered).toBeGreaterThanOrEqual(3);
	});

	it('fits the view to the municipalities', async () => {
		const centre = await page.evaluate(() => window.planbordMap!.getCenter().toArray());
		expect(centre[0]).toBeGreaterThan(10.2);
		expect(centre[0]).toBeLessThan(10.7);
		expect(centre[1]).toBeGreaterThan(59.5);
		expect(centre[1]).toBeLessThan(59.9);
	});

	it('labels each old municipality on the map with its area from the API', async () => {
		const api = (await (await get('/api/municipalities')).json()) as MunicipalityCollection;
		for (const f of api.features.filter((f) => f.properties.role === 'old')) {
			const label = page.locator(`.maplibregl-marker [data-municipality="${f.properties.number}"]`);
			const text = await label.innerText();
			expect(text).toContain(f.properties.name);
			expect(text).toContain(f.properties.areaKm2.toFixed(1).replace('.', ','));
		}
	});

	it('lists all four with their areas in the side panel, in bokmål', async () => {
		expect(await page.locator('html').getAttribute('lang')).toBe('nb');
		const rows = await page.locator('aside li[data-municipality]').allInnerTexts();
		expect(rows).toHaveLength(4);
		expect(rows.join('\n')).toMatch(/Hurum \(0628\)\s+16\d,\d km²/);
	});

	it('serves vector tiles with ETag, 304 on revalidation, 204 when empty and 400 when out of range', async () => {
		const tile = await get('/tiles/municipalities/10/541/298');
		expect(tile.status).toBe(200);
		expect(tile.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile');
		const decoded = decodeTile(new Uint8Array(await tile.arrayBuffer()));
		expect(decoded.municipalities!.map((f) => f.properties.number)).toContain('0627');
		const etag = tile.headers.get('etag')!;
		const again = await get('/tiles/municipalities/10/541/298', { 'if-none-match': etag });
		expect(again.status).toBe(304);
		expect((await get('/tiles/municipalities/10/527/295')).status).toBe(204);
		const outOfRange = await get('/tiles/municipalities/3/8/0');
		expect(outOfRange.status).toBe(400);
		expect(await outOfRange.text()).toMatch(/^Kartflisen finnes ikke/);
		const unknown = await get('/tiles/nosuchlayer/3/1/1');
		expect(unknown.status).toBe(400);
		expect(await unknown.text()).toMatch(/^Ukjent kartlag/);
	});

	it('answers a malformed date with 400 and a message in bokmål', async () => {
		const response = await get('/api/municipalities?date=1.1.2020');
		expect(response.status).toBe(400);
		expect((await response.json()).message).toBe('date må være på formen ÅÅÅÅ-MM-DD');
	});

	it('loads with no console errors and no request outside the app (works offline)', () => {
		expect(problems.consoleErrors).toEqual([]);
		expect(problems.externalRequests).toEqual([]);
	});

	it('shuts down on SIGTERM by closing its database, without being killed', async () => {
		await browser.close();
		expect(await app.stop()).toBe('exited');
	});
});
