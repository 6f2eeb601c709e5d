import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import postgres from 'postgres';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser';
import type { DatabaseHandle } from '../src/lib/server/db/handle';
import { openPglite } from '../src/lib/server/db/open-pglite';
import { openPostgres } from '../src/lib/server/db/open-postgres';
import { queryRows } from '../src/lib/server/db/rows';
import { seedAll } from '../src/lib/server/seed';
import { BUILDING_CATEGORIES, OLD_MUNICIPALITIES } from '../src/lib/buildings/types';
import { percentile } from './lib/percentile';
import { printAligned } from './lib/table';
import { envCount } from './lib/env-count';
import { addSession, claimAdmin, signInAgain } from './lib/sign-in';

/**
 * The map in a real browser, against the production build: (1) how long from navigation
 * until the map is idle with its default layers, on `/` and `/kart`, on the embedded
 * database with the shipped data; (2) frame times while panning a z15.5 view over Asker
 * with N synthetic building footprints (default 50 000) in the `buildings` table, against
 * the same pan with the buildings layer off. Headless Chromium draws WebGL with SwiftShader
 * (software), so absolute frame times are pessimistic; read the ratios.
 *
 * The app is the built one in BENCH_APP_DIR (default: this checkout), started with
 * `node build/index.js` from that folder, so `npm run build` must have run there.
 */

const APP_DIR = resolve(process.env.BENCH_APP_DIR?.trim() || '.');
const serverUrl = process.env.DATABASE_URL?.trim();
const BUILDINGS = envCount('BENCH_MAP_BUILDINGS', 50_000);
/** Page loads after the first (cold) one, per page. */
const WARM_RUNS = envCount('BENCH_MAP_WARM_RUNS', 3);
const PAN_MS = envCount('BENCH_PAN_MS', 5_000);
const VIEWPORT = { width: 1280, height: 800 };
/** Asker centre; the synthetic buildings cluster here (as in tiles.bench.ts). */
const ASKER = { lon: 10.4347, lat: 59.8333 };
const PAN_ZOOM = 15.5;
/** Spread of the synthetic buildings around ASKER, metres. */
const CLUSTER_SIGMA_M = 1250;
/** Half-extent of the drag's figure-eight, CSS pixels (≈ 600 × 300 m at z15.5). */
const PAN_DX_PX = 700;
const PAN_DY_PX = 350;
const LONG_FRAME_MS = 50;
const IDLE_TIMEOUT_MS = 120_000;

const DEFAULT_LAYERS = 'municipalities-old,municipalities-new';
const WITH_BUILDINGS = `${DEFAULT_LAYERS},buildings`;
const panPath = (layers: string) => `/?c=${ASKER.lon},${ASKER.lat}&z=${PAN_ZOOM}&l=${layers}`;

/** What must be on the map before an 'idle' counts as "ready". */
interface Ready {
	layers: string[];
	sources: string[];
}
const DEFAULT_READY: Ready = {
	layers: ['municipalities-old-fill', 'municipalities-new-line'],
	sources: ['municipalities']
};
const BUILDINGS_READY: Ready = {
	layers: [...DEFAULT_READY.layers, 'buildings-fill'],
	sources: [...DEFAULT_READY.sources, 'buildings']
};

// ---------------------------------------------------------------------------------------
// The app as a process (like tests/helpers/app-server.ts, but run from APP_DIR).

interface RunningApp {
	url: string;
	/** How long from spawn until /helse answered (the database is open, migrated, seeded). */
	startMs: number;
	/** Everything it printed so far (the one-time admin password on a new database). */
	output(): string;
	stop(): Promise<void>;
}

async function startApp(env: Record<string, string>): Promise<RunningApp> {
	if (!existsSync(join(APP_DIR, 'build/index.js'))) {
		throw new Error(`${APP_DIR}/build/index.js is missing: run \`npm run build\` there first`);
	}
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const inherited = { ...process.env };
	// The app gets a database only from `env`; no basemap, so the page fetches nothing external.
	delete inherited.DATABASE_URL;
	delete inherited.PLANBORD_DATA_DIR;
	delete inherited.PLANBORD_BASEMAP;
	const begin = performance.now();
	const child = spawn(process.execPath, ['build/index.js'], {
		cwd: APP_DIR,
		env: { ...inherited, HOST: '127.0.0.1', PORT: String(port), ORIGIN: url, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	child.stdout?.on('data', (d) => (log += d));
	child.stderr?.on('data', (d) => (log += d));
	const app = { url, startMs: 0, output: () => log, stop: () => stopProcess(child) };
	try {
		const deadline = Date.now() + 180_000;
		for (;;) {
			if (child.exitCode !== null) throw new Error(`app exited (${child.exitCode}):\n${log}`);
			if (Date.now() > deadline) throw new Error(`app did not answer in time:\n${log}`);
			const ok = await fetch(`${url}/helse`).then(
				(r) => r.ok,
				() => false
			);
			if (ok) break;
			await new Promise((r) => setTimeout(r, 250));
		}
	} catch (error) {
		await app.stop();
		throw error;
	}
	app.startMs = performance.now() - begin;
	return app;
}

/** SIGTERM (the app closes its database), SIGKILL after 15 s. */
function stopProcess(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise((done) => {
		const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
		child.once('exit', () => {
			clearTimeout(kill);
			done();
		});
		child.kill('SIGTERM');
	});
}

function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? done(address.port) : fail()));
		});
	});
}

// ---------------------------------------------------------------------------------------
// Synthetic buildings.

/** A uniform number in (0, 1) from row `i` and stream `k` (as in tiles.bench.ts): deterministic. */
function uniform(of: string, k: number): SQL {
	return sql.raw(`(((hashint8extended(${of}, ${k}) & 4294967295)::float8 + 0.5) / 4294967296)`);
}

const textArray = (values: readonly string[]) =>
	sql.raw(`ARRAY[${values.map((v) => `'${v}'`).join(', ')}]`);

/**
 * n valid rows of the real `buildings` table in one INSERT … SELECT, drawn from hashes of the
 * series number so every run and backend gets the same rows. Four in five sit in a Gaussian
 * cluster (σ 1.25 km) on Asker centre, ~4 000 per km² at its middle with n = 50 000, so the
 * map's ~930 × 760 px canvas at z15.5 (0.85 m/px, ≈ 0.8 × 0.65 km) holds a few thousand
 * footprints; the fifth is spread over the new municipality. Footprints are rectangles
 * turned by 0–90°, 98 % 8–30 m, 2 % 40–150 m. Building numbers are 10 digits from
 * 8000000001, clear of the shipped 9-digit ones.
 */
function insertBuildings(n: number): SQL {
	const centre = sql.raw(
		`ST_Transform(ST_SetSRID(ST_MakePoint(${ASKER.lon}, ${ASKER.lat}), 4326), 25832)`
	);
	return sql`
		INSERT INTO buildings (building_number, name, municipality, category, bta, bra, condition,
			source, content_hash, position, footprint)
		SELECT (8000000000 + p.i)::text, 'Syntetisk bygg ' || p.i,
			(${textArray(OLD_MUNICIPALITIES)})[1 + floor(p.u5 * ${OLD_MUNICIPALITIES.length})::int],
			(${textArray(BUILDING_CATEGORIES)})[1 + floor(p.u6 * ${BUILDING_CATEGORIES.length})::int],
			p.w * p.h * p.floors, 0.85 * p.w * p.h * p.floors, floor(p.u7 * 4)::smallint,
			'bench: synthetic', md5(p.i::text),
			ST_SetSRID(ST_MakePoint(p.x, p.y), 25832),
			ST_Multi(ST_Rotate(
				ST_MakeEnvelope(p.x - p.w / 2, p.y - p.h / 2, p.x + p.w / 2, p.y + p.h / 2, 25832),
				p.u8 * pi() / 2, p.x, p.y))
		FROM (
			SELECT r.i, r.u5, r.u6, r.u7, r.u8, 1 + floor(r.u9 * 4) AS floors,
				CASE WHEN r.u4 < 0.02 THEN 40 + 110 * r.u10 ELSE 8 + 22 * r.u10 END AS w,
				CASE WHEN r.u4 < 0.02 THEN 40 + 110 * r.u11 ELSE 8 + 22 * r.u11 END AS h,
				CASE WHEN r.i % 5 < 4
					THEN c.cx + ${CLUSTER_SIGMA_M} * sqrt(-2 * ln(r.u1)) * cos(2 * pi() * r.u2)
					ELSE 555000 + 45000 * r.u3 END AS x,
				CASE WHEN r.i % 5 < 4
					THEN c.cy + ${CLUSTER_SIGMA_M} * sqrt(-2 * ln(r.u1)) * sin(2 * pi() * r.u2)
					ELSE 6590000 + 60000 * r.u12 END AS y
			FROM (
				SELECT s.i, ${uniform('s.i', 1)} AS u1, ${uniform('s.i', 2)} AS u2,
					${uniform('s.i', 3)} AS u3, ${uniform('s.i', 4)} AS u4, ${uniform('s.i', 5)} AS u5,
					${uniform('s.i', 6)} AS u6, ${uniform('s.i', 7)} AS u7, ${uniform('s.i', 8)} AS u8,
					${uniform('s.i', 9)} AS u9, ${uniform('s.i', 10)} AS u10,
					${uniform('s.i', 11)} AS u11, ${uniform('s.i', 12)} AS u12
				FROM generate_series(1::bigint, ${n}::bigint) s(i)
			) r,
			(SELECT ST_X(pt) AS cx, ST_Y(pt) AS cy FROM (SELECT ${centre} AS pt) q) c
		) p`;
}

async function fillBuildings(handle: DatabaseHandle): Promise<number> {
	const begin = performance.now();
	await queryRows(handle.db, insertBuildings(BUILDINGS));
	await queryRows(handle.db, sql`ANALYZE buildings`);
	return performance.now() - begin;
}

// ---------------------------------------------------------------------------------------
// In the page. These functions are serialised into the page; tsx wraps named functions in
// an `__name(…)` helper the page does not have, so every page gets a no-op one first.

const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';

interface Probe {
	/** performance.now() (ms since navigation start) when PlanMap exposed the map. */
	mapAt?: number;
	/** The map 'load' event; equal to mapAt when the map had loaded before it was exposed. */
	loadAt?: number;
	/** The first 'idle' with every required layer present and every required source loaded. */
	idleAt?: number;
	longTaskMs: number;
}

interface WindowWithProbe {
	planbordBenchProbe: Probe;
}

/** Installed before any page script: hooks the assignment of window.planbordMap. */
function installProbe(ready: Ready): void {
	const probe: Probe = { longTaskMs: 0 };
	(window as unknown as WindowWithProbe).planbordBenchProbe = probe;
	new PerformanceObserver((list) => {
		if (probe.idleAt !== undefined) return;
		for (const entry of list.getEntries()) probe.longTaskMs += entry.duration;
	}).observe({ type: 'longtask', buffered: true });
	let current: Window['planbordMap'];
	Object.defineProperty(window, 'planbordMap', {
		configurable: true,
		get: () => current,
		set: (map: Window['planbordMap']) => {
			current = map;
			if (!map || probe.mapAt !== undefined) return;
			probe.mapAt = performance.now();
			if (map.loaded()) probe.loadAt = probe.mapAt;
			else map.once('load', () => (probe.loadAt ??= performance.now()));
			map.on('idle', () => {
				if (probe.idleAt !== undefined) return;
				const ok =
					ready.layers.every((id) => map.getLayer(id)) &&
					ready.sources.every((id) => map.getSource(id) && map.isSourceLoaded(id));
				if (ok) probe.idleAt = performance.now();
			});
			// If it is idle already, no further 'idle' would come without a render.
			map.triggerRepaint();
		}
	});
}

interface PageLoad {
	idleMs: number;
	ttfbMs: number;
	domContentLoadedMs: number;
	mapMs: number;
	loadMs: number;
	longTaskMs: number;
	htmlKb: number;
	/** Document, scripts and styles over the network (0 from cache); tiles come apart. */
	pageKb: number;
	external: number;
	tiles: number;
	tileKb: number;
}

/** Read in the page; the tile fields are filled in from the outside (the worker fetches them). */
function readLoad(): Omit<PageLoad, 'tiles' | 'tileKb'> {
	const probe = (window as unknown as WindowWithProbe).planbordBenchProbe;
	const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
	const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
	const before = resources.filter((r) => r.startTime <= (probe.idleAt ?? Infinity));
	return {
		idleMs: probe.idleAt ?? NaN,
		ttfbMs: nav.responseStart,
		domContentLoadedMs: nav.domContentLoadedEventEnd,
		mapMs: probe.mapAt ?? NaN,
		loadMs: probe.loadAt ?? NaN,
		longTaskMs: probe.longTaskMs,
		htmlKb: nav.decodedBodySize / 1024,
		pageKb: (nav.transferSize + before.reduce((sum, r) => sum + r.transferSize, 0)) / 1024,
		external: resources.filter((r) => !r.name.startsWith(location.origin)).length
	};
}

/** Resolves when the map has nothing left to load or draw. */
function whenIdle(): Promise<void> {
	return new Promise((done) => {
		const map = window.planbordMap!;
		if (map.loaded() && !map.isMoving()) done();
		else map.once('idle', () => done());
	});
}

interface RenderedCount {
	features: number;
	distinct: number;
}

function countBuildings(): RenderedCount {
	const map = window.planbordMap!;
	if (!map.getLayer('buildings-fill')) return { features: 0, distinct: 0 };
	const features = map.queryRenderedFeatures({ layers: ['buildings-fill'] });
	return {
		features: features.length,
		// A footprint crossing a tile edge comes once per tile; its number is unique.
		distinct: new Set(features.map((f) => f.properties?.number)).size
	};
}

interface PanSample {
	/** Time between consecutive animation frames during the drag. */
	intervals: number[];
	durationMs: number;
	/** How often the map drew itself ('render' events) during the drag. */
	renders: number;
	tilesRequested: number;
}

/**
 * Drags the map the way a mouse does, through MapLibre's own drag-pan handler (so 'moveend'
 * and the URL update come once, at the end, as for a user): a mousedown on the canvas, then
 * one mousemove per animation frame along a figure-eight through the canvas centre,
 * x = dx sin θ, y = dy sin 2θ, one loop in durationMs, placed by the frame's timestamp so
 * every run covers the same ground whatever its frame rate. The pointer may leave the
 * canvas, as a real drag may: MapLibre follows it on the document. It ends where it began
 * and rests before the button is released, so no inertia follows.
 */
function dragInPage(args: {
	durationMs: number;
	dx: number;
	dy: number;
}): Promise<Omit<PanSample, 'tilesRequested'>> {
	const map = window.planbordMap!;
	const canvas = map.getCanvas();
	const box = canvas.getBoundingClientRect();
	const cx = box.x + box.width / 2;
	const cy = box.y + box.height / 2;
	const fire = (type: string, x: number, y: number) =>
		canvas.dispatchEvent(
			new MouseEvent(type, {
				clientX: x,
				clientY: y,
				button: 0,
				buttons: type === 'mouseup' ? 0 : 1,
				bubbles: true,
				cancelable: true,
				view: window
			})
		);
	let renders = 0;
	const countRender = () => renders++;
	map.on('render', countRender);
	fire('mousedown', cx, cy);
	return new Promise((done) => {
		const stamps: number[] = [];
		const frame = (now: number) => {
			stamps.push(now);
			const elapsed = now - stamps[0]!;
			const angle = (2 * Math.PI * Math.min(elapsed, args.durationMs)) / args.durationMs;
			fire('mousemove', cx + args.dx * Math.sin(angle), cy + args.dy * Math.sin(2 * angle));
			if (elapsed < args.durationMs) {
				requestAnimationFrame(frame);
				return;
			}
			map.off('render', countRender);
			setTimeout(() => {
				fire('mouseup', cx, cy);
				done({
					intervals: stamps.slice(1).map((t, i) => t - stamps[i]!),
					durationMs: elapsed,
					renders
				});
			}, 250);
		};
		requestAnimationFrame(frame);
	});
}

// ---------------------------------------------------------------------------------------
// Driving the browser.

/**
 * Tile requests so far (counted when sent, so one still in flight counts) and the bytes of
 * those answered. MapLibre fetches tiles in its worker, out of the page's resource timing.
 */
interface TileLog {
	count: number;
	bytes: number;
}

async function newPage(
	context: BrowserContext,
	ready: Ready
): Promise<{ page: Page; tiles: TileLog }> {
	const page = await context.newPage();
	const tiles: TileLog = { count: 0, bytes: 0 };
	const isTile = (url: string) => url.includes('/tiles/');
	page.on('request', (request) => void (isTile(request.url()) && tiles.count++));
	page.on('requestfinished', (request) => {
		if (!isTile(request.url())) return;
		request.sizes().then(
			(sizes) => (tiles.bytes += sizes.responseBodySize),
			() => {}
		);
	});
	await page.addInitScript({ content: NAME_SHIM });
	await page.addInitScript(installProbe, ready);
	return { page, tiles };
}

/** The drag, with the tile requests it caused. */
async function dragPan(page: Page, tiles: TileLog): Promise<PanSample> {
	const before = tiles.count;
	const sample = await page.evaluate(dragInPage, {
		durationMs: PAN_MS,
		dx: PAN_DX_PX,
		dy: PAN_DY_PX
	});
	return { ...sample, tilesRequested: tiles.count - before };
}

/** Opens `path` in a new page of `context` and times it to the first ready 'idle'. */
async function loadPage(
	context: BrowserContext,
	url: string,
	ready: Ready,
	keepOpen = false
): Promise<{ load: PageLoad; page: Page; tiles: TileLog }> {
	const { page, tiles } = await newPage(context, ready);
	await page.goto(url, { waitUntil: 'commit' });
	await page.waitForFunction(
		() => (window as unknown as WindowWithProbe).planbordBenchProbe?.idleAt !== undefined,
		null,
		{ timeout: IDLE_TIMEOUT_MS, polling: 200 }
	);
	const load = {
		...(await page.evaluate(readLoad)),
		tiles: tiles.count,
		tileKb: tiles.bytes / 1024
	};
	if (load.external > 0) console.error(`  warning: ${url} fetched ${load.external} external URLs`);
	if (!keepOpen) await page.close();
	return { load, page, tiles };
}

interface LoadRow {
	page: string;
	database: string;
	run: 'cold' | 'warm';
	loads: PageLoad[];
}

/**
 * One load in a fresh browser context (empty HTTP cache: every script, stylesheet and tile
 * comes from the server), then `warm` loads in that same context, each in a new tab.
 */
async function timeLoads(
	browser: Browser,
	appUrl: string,
	session: string,
	path: string,
	ready: Ready,
	database: string,
	label = path
): Promise<LoadRow[]> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	await addSession(context, appUrl, session);
	try {
		const cold = await loadPage(context, appUrl + path, ready);
		const warm: PageLoad[] = [];
		for (let i = 0; i < WARM_RUNS; i++)
			warm.push((await loadPage(context, appUrl + path, ready)).load);
		console.error(
			`  ${label} (${database}): idle cold ${cold.load.idleMs.toFixed(0)} ms, warm ` +
				`${warm.map((l) => l.idleMs.toFixed(0)).join(', ')} ms`
		);
		return [
			{ page: label, database, run: 'cold', loads: [cold.load] },
			{ page: label, database, run: 'warm', loads: warm }
		];
	} finally {
		await context.close();
	}
}

interface PanRow {
	database: string;
	buildings: boolean;
	pass: '1st loop' | '2nd loop';
	onScreen: RenderedCount;
	sample: PanSample;
}

/** Fails instead of hanging when the page stops answering. */
async function within<T>(run: () => Promise<T>, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, fail) => {
		timer = setTimeout(() => fail(new Error(`${what}: no answer in time`)), IDLE_TIMEOUT_MS);
	});
	try {
		return await Promise.race([run(), timeout]);
	} finally {
		clearTimeout(timer);
	}
}

/**
 * The pan view with the buildings layer off (baseline) and on: each page is loaded (and that
 * load timed), then dragged twice along the same loop. The first loop fetches and parses the
 * tiles it uncovers while it draws; the second finds those in MapLibre's tile cache, except
 * the ones whose load was cancelled when they left the view (its `tiles requested`).
 */
async function panRows(
	browser: Browser,
	appUrl: string,
	session: string,
	database: string
): Promise<{ loads: LoadRow[]; pans: PanRow[] }> {
	const loads: LoadRow[] = [];
	const pans: PanRow[] = [];
	const context = await browser.newContext({ viewport: VIEWPORT });
	await addSession(context, appUrl, session);
	try {
		for (const buildings of [false, true]) {
			const ready = buildings ? BUILDINGS_READY : DEFAULT_READY;
			const path = panPath(buildings ? WITH_BUILDINGS : DEFAULT_LAYERS);
			const label = `z${PAN_ZOOM} Asker, buildings ${buildings ? 'on' : 'off'}`;
			const { load, page, tiles } = await loadPage(context, appUrl + path, ready, true);
			// The second page of this context finds the app's scripts in the HTTP cache.
			loads.push({ page: label, database, run: buildings ? 'warm' : 'cold', loads: [load] });
			try {
				const onScreen = await page.evaluate(countBuildings);
				for (const pass of ['1st loop', '2nd loop'] as const) {
					const sample = await within(() => dragPan(page, tiles), 'pan');
					await within(() => page.evaluate(whenIdle), 'idle after pan');
					pans.push({ database, buildings, pass, onScreen, sample });
					console.error(
						`  pan ${label}, ${pass}: ${sample.intervals.length} frames, p50 ` +
							`${percentile(sample.intervals, 50).toFixed(1)} ms, ${onScreen.features} features`
					);
				}
			} finally {
				await page.close();
			}
		}
	} finally {
		await context.close();
	}
	return { loads, pans };
}

// ---------------------------------------------------------------------------------------
// Backends.

interface Setup {
	label: string;
	ms: number;
}

async function embeddedRun(browser: Browser): Promise<{
	setup: Setup[];
	loads: LoadRow[];
	pans: PanRow[];
}> {
	const folder = mkdtempSync(join(tmpdir(), 'planbord-bench-map-'));
	const setup: Setup[] = [];
	const loads: LoadRow[] = [];
	try {
		// A new folder: the app creates, migrates and seeds it with the shipped data itself.
		let app = await startApp({ PLANBORD_DATA_DIR: folder });
		setup.push({ label: 'embedded: app first start (initdb, migrate, seed)', ms: app.startMs });
		try {
			const session = await claimAdmin(app.url, app.output());
			const shipped = 'embedded, shipped data';
			loads.push(...(await timeLoads(browser, app.url, session, '/', DEFAULT_READY, shipped)));
			loads.push(...(await timeLoads(browser, app.url, session, '/kart', DEFAULT_READY, shipped)));
		} finally {
			await app.stop();
		}
		// PGlite serves one process: add the buildings while the app is down, then restart it.
		const handle = await openPglite(join(folder, 'pglite'));
		try {
			const ms = await fillBuildings(handle);
			setup.push({ label: `embedded: insert ${BUILDINGS.toLocaleString('en')} buildings`, ms });
		} finally {
			await handle.close();
		}
		app = await startApp({ PLANBORD_DATA_DIR: folder });
		setup.push({ label: 'embedded: app restart', ms: app.startMs });
		try {
			const session = await signInAgain(app.url);
			const run = await panRows(browser, app.url, session, `embedded, +${thousands(BUILDINGS)}`);
			return { setup, loads: [...loads, ...run.loads], pans: run.pans };
		} finally {
			await app.stop();
		}
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

async function postgresRun(
	browser: Browser,
	url: string
): Promise<{ setup: Setup[]; loads: LoadRow[]; pans: PanRow[] }> {
	const admin = postgres(url, { max: 1, onnotice: () => {} });
	const name = `planbord_bench_${randomBytes(4).toString('hex')}`;
	const target = new URL(url);
	target.pathname = `/${name}`;
	const setup: Setup[] = [];
	try {
		await admin`CREATE DATABASE ${admin(name)}`;
		const handle = await openPostgres(target.toString());
		try {
			await handle.migrate();
			await seedAll(handle.db);
			const ms = await fillBuildings(handle);
			setup.push({ label: `PostgreSQL: insert ${BUILDINGS.toLocaleString('en')} buildings`, ms });
		} finally {
			await handle.close();
		}
		const app = await startApp({ DATABASE_URL: target.toString() });
		setup.push({ label: 'PostgreSQL: app start', ms: app.startMs });
		try {
			const session = await claimAdmin(app.url, app.output());
			const run = await panRows(browser, app.url, session, `PostgreSQL, +${thousands(BUILDINGS)}`);
			return { setup, ...run };
		} finally {
			await app.stop();
		}
	} finally {
		await admin`DROP DATABASE IF EXISTS ${admin(name)} WITH (FORCE)`;
		await admin.end({ timeout: 5 });
	}
}

// ---------------------------------------------------------------------------------------
// Tables.

const thousands = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : n.toLocaleString('en'));
const med = (values: number[]) => percentile(values, 50);
const ms0 = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : '–');

function printLoads(rows: LoadRow[]): void {
	const base = rows.find((r) => r.page === '/' && r.run === 'warm');
	const baseIdle = base ? med(base.loads.map((l) => l.idleMs)) : NaN;
	console.log(
		`Baseline (1.00×): median idle of / warm on ${base?.database ?? '– (not measured)'}. ` +
			'Times are ms since navigation start, medians over the runs.'
	);
	printAligned(
		[
			'page',
			'database',
			'run',
			'runs',
			'idle ms',
			'min ms',
			'× base',
			'TTFB',
			'DOM ready',
			'map made',
			'map load',
			'long tasks ms',
			'HTML kB',
			'page kB',
			'tiles',
			'tile kB'
		],
		rows.map((r) => {
			const of = (key: keyof PageLoad) => med(r.loads.map((l) => l[key]));
			const idle = of('idleMs');
			return [
				r.page,
				r.database,
				r.run,
				String(r.loads.length),
				ms0(idle),
				ms0(Math.min(...r.loads.map((l) => l.idleMs))),
				`${(idle / baseIdle).toFixed(2)}×`,
				ms0(of('ttfbMs')),
				ms0(of('domContentLoadedMs')),
				ms0(of('mapMs')),
				ms0(of('loadMs')),
				ms0(of('longTaskMs')),
				of('htmlKb').toFixed(0),
				of('pageKb').toFixed(0),
				String(of('tiles')),
				of('tileKb').toFixed(0)
			];
		}),
		3
	);
}

function printPans(rows: PanRow[]): void {
	console.log(
		`Pan: mouse drag in a figure-eight of ±${PAN_DX_PX} × ±${PAN_DY_PX} px in ${PAN_MS / 1000} s ` +
			`at z${PAN_ZOOM}; "× off" = this row over the buildings-off row of the same database ` +
			'and pass'
	);
	printAligned(
		[
			'database',
			'buildings',
			'pass',
			'features',
			'distinct',
			'frames',
			'map renders',
			'fps',
			'p50 ms',
			'p95 ms',
			'max ms',
			`> ${LONG_FRAME_MS} ms`,
			'p50 × off',
			'p95 × off',
			'tiles requested'
		],
		rows.map((r) => {
			const off = rows.find((o) => o.database === r.database && o.pass === r.pass && !o.buildings);
			const p = (row: PanRow | undefined, q: number) =>
				row ? percentile(row.sample.intervals, q) : NaN;
			const s = r.sample;
			return [
				r.database,
				r.buildings ? 'on' : 'off',
				r.pass,
				r.buildings ? String(r.onScreen.features) : '–',
				r.buildings ? String(r.onScreen.distinct) : '–',
				String(s.intervals.length),
				String(s.renders),
				(s.intervals.length / (s.durationMs / 1000)).toFixed(1),
				p(r, 50).toFixed(1),
				p(r, 95).toFixed(1),
				Math.max(...s.intervals).toFixed(1),
				String(s.intervals.filter((i) => i > LONG_FRAME_MS).length),
				`${(p(r, 50) / p(off, 50)).toFixed(2)}×`,
				`${(p(r, 95) / p(off, 95)).toFixed(2)}×`,
				String(s.tilesRequested)
			];
		}),
		3
	);
}

// ---------------------------------------------------------------------------------------

const began = performance.now();
console.log(
	`App: ${APP_DIR}/build; ${thousands(BUILDINGS)} synthetic buildings; headless Chromium ` +
		`(SwiftShader software WebGL), ${VIEWPORT.width}×${VIEWPORT.height}; ` +
		`load average ${loadavg()[0]!.toFixed(1)} at start`
);
const setup: Setup[] = [];
const loads: LoadRow[] = [];
const pans: PanRow[] = [];
const browser = await launchBrowser();
try {
	const embedded = await embeddedRun(browser);
	setup.push(...embedded.setup);
	loads.push(...embedded.loads);
	pans.push(...embedded.pans);
	if (serverUrl) {
		try {
			const server = await postgresRun(browser, serverUrl);
			setup.push(...server.setup);
			loads.push(...server.loads);
			pans.push(...server.pans);
		} catch (cause) {
			// Keep the embedded numbers: print them below, but let the exit code show the failure.
			console.error(`PostgreSQL run failed: ${cause instanceof Error ? cause.message : cause}`);
			process.exitCode = 1;
		}
	}
} finally {
	await browser.close();
}
console.log(
	setup.map((s) => `${s.label}: ${(s.ms / 1000).toFixed(1)} s`).join('; ') +
		(serverUrl ? '' : '; PostgreSQL: skipped (set DATABASE_URL to include it)')
);
console.log('');
printLoads(loads);
console.log('');
printPans(pans);
console.error(`  map-browser took ${((performance.now() - began) / 1000).toFixed(0)} s`);
