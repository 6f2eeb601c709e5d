import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { openPostgres } from '../src/lib/server/db/open-postgres';
import { seedAll } from '../src/lib/server/seed';
import { tileContaining } from '../src/lib/tiles/tile-address';
import { envCount } from './lib/env-count';
import { percentile } from './lib/percentile';
import { claimAdmin, sessionHeader } from './lib/sign-in';
import { printAligned } from './lib/table';

/**
 * Issue 7's load run: the built app (`node build/index.js`, so `npm run build` first) on
 * loopback, many clients at once on the tile and map API endpoints for a fixed time, on
 * PostgreSQL (50 connections, when DATABASE_URL is set) and on the embedded PGlite (10).
 * Goal: 0 errors and p99 < 200 ms. autocannon runs in this process and the app in another
 * on the same machine, so both share its CPUs: the numbers are a floor, not a capacity.
 */

const serverUrl = process.env.DATABASE_URL?.trim();
const SECONDS = envCount('BENCH_LOAD_SECONDS', 60);
const PG_CONNECTIONS = envCount('BENCH_LOAD_PG_CONNECTIONS', 50);
const PGLITE_CONNECTIONS = envCount('BENCH_LOAD_PGLITE_CONNECTIONS', 10);
const GOAL_P99_MS = 200;
/** Asker centre (as in tiles.bench.ts). */
const ASKER = { lon: 10.4347, lat: 59.8333 };
/** Tiles per side around the centre tile at each zoom. */
const GRID = 3;

/**
 * The fixed mix, as the map asks for it: municipalities z10–16, building footprints from z13
 * (their layer's minZoom; below it the map asks building-points), a 3 × 3 block per zoom,
 * plus the three JSON/GeoJSON endpoints the map and the politicians' view load. The list is
 * shuffled once with a fixed seed, so connections do not all hit one URL at the same moment,
 * and every run sends the same sequence.
 */
function requestMix(): string[] {
	const paths: string[] = [
		'/api/municipalities',
		'/api/buildings',
		'/api/proposals/1/zones.geojson'
	];
	for (let z = 10; z <= 16; z++) {
		const centre = tileContaining(ASKER.lon, ASKER.lat, z);
		const half = Math.floor(GRID / 2);
		for (let dx = -half; dx <= half; dx++) {
			for (let dy = -half; dy <= half; dy++) {
				const [x, y] = [centre.x + dx, centre.y + dy];
				paths.push(`/tiles/municipalities/${z}/${x}/${y}`);
				paths.push(`/tiles/${z >= 13 ? 'buildings' : 'building-points'}/${z}/${x}/${y}`);
			}
		}
	}
	let seed = 7;
	const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
	for (let i = paths.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[paths[i], paths[j]] = [paths[j]!, paths[i]!];
	}
	return paths;
}

// ---------------------------------------------------------------------------------------
// The app as a process (as in map-browser.bench.ts).

interface RunningApp {
	url: string;
	/** Everything it printed so far (the one-time admin password on a new database). */
	output(): string;
	stop(): Promise<void>;
}

async function startApp(env: Record<string, string>): Promise<RunningApp> {
	if (!existsSync('build/index.js')) {
		throw new Error('build/index.js is missing: run `npm run build` first');
	}
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const inherited = { ...process.env };
	delete inherited.DATABASE_URL;
	delete inherited.PLANBORD_DATA_DIR;
	delete inherited.PLANBORD_BASEMAP;
	const child = spawn(process.execPath, ['build/index.js'], {
		env: { ...inherited, HOST: '127.0.0.1', PORT: String(port), ORIGIN: url, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	child.stdout?.on('data', (d) => (log += d));
	child.stderr?.on('data', (d) => (log += d));
	const app = { url, output: () => log, stop: () => stopProcess(child) };
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
	return app;
}

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
// The run.

interface LoadRow {
	backend: string;
	connections: number;
	result: autocannon.Result;
	/** One client, one pass over the mix before the load: the unloaded cost per kind. */
	single: Map<string, number[]>;
}

/**
 * One sequential pass first: it proves every URL answers 2xx (a typo would otherwise show
 * up only as non-2xx in the table) and warms the app's first-request costs out of the run.
 */
async function warmUp(
	url: string,
	headers: Record<string, string>,
	paths: string[]
): Promise<Map<string, number[]>> {
	const single = new Map<string, number[]>();
	for (const path of paths) {
		const begin = performance.now();
		const response = await fetch(`${url}${path}`, { headers });
		await response.arrayBuffer();
		if (!response.ok) throw new Error(`${path} answered ${response.status} before the load`);
		const kind = path.startsWith('/tiles/') ? path.split('/').slice(0, 3).join('/') : path;
		single.set(kind, [...(single.get(kind) ?? []), performance.now() - begin]);
	}
	return single;
}

async function load(backend: string, app: RunningApp, connections: number): Promise<LoadRow> {
	const paths = requestMix();
	// Every request is signed in, as the map's are: the session lookup is part of the cost.
	const headers = sessionHeader(await claimAdmin(app.url, app.output()));
	const single = await warmUp(app.url, headers, paths);
	console.error(
		`  ${backend}: ${connections} connections for ${SECONDS} s, load ${loadavg()[0]!.toFixed(1)}`
	);
	const result = await autocannon({
		url: app.url,
		connections,
		duration: SECONDS,
		timeout: 10,
		headers,
		requests: paths.map((path) => ({ method: 'GET', path }))
	});
	return { backend, connections, result, single };
}

async function runPostgres(url: string): Promise<LoadRow> {
	const admin = postgres(url, { max: 1, onnotice: () => {} });
	const name = `planbord_bench_${randomBytes(4).toString('hex')}`;
	const target = new URL(url);
	target.pathname = `/${name}`;
	try {
		await admin`CREATE DATABASE ${admin(name)}`;
		// The app seeds only the embedded database; a server one is seeded on purpose.
		const handle = await openPostgres(target.toString());
		try {
			await handle.migrate();
			await seedAll(handle.db);
		} finally {
			await handle.close();
		}
		const app = await startApp({ DATABASE_URL: target.toString() });
		try {
			return await load('PostgreSQL', app, PG_CONNECTIONS);
		} finally {
			await app.stop();
		}
	} finally {
		await admin`DROP DATABASE IF EXISTS ${admin(name)} WITH (FORCE)`;
		await admin.end({ timeout: 5 });
	}
}

async function runPglite(): Promise<LoadRow> {
	const folder = mkdtempSync(join(tmpdir(), 'planbord-load-'));
	try {
		// A new folder: the app creates, migrates and seeds it on start (20–40 s, not timed).
		const app = await startApp({ PLANBORD_DATA_DIR: folder });
		try {
			return await load('PGlite', app, PGLITE_CONNECTIONS);
		} finally {
			await app.stop();
		}
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

function printLoad(rows: LoadRow[]): void {
	printAligned(
		[
			'backend',
			'conns',
			's',
			'requests',
			'req/s',
			'p50 ms',
			'p99 ms',
			'max ms',
			'non-2xx',
			'errors',
			'timeouts',
			'goal'
		],
		rows.map(({ backend, connections, result: r }) => {
			const met = r.errors === 0 && r.non2xx === 0 && r.latency.p99 < GOAL_P99_MS;
			return [
				backend,
				String(connections),
				String(r.duration.toFixed(0)),
				String(r['2xx'] + r.non2xx),
				r.requests.average.toFixed(0),
				r.latency.p50.toFixed(0),
				r.latency.p99.toFixed(0),
				r.latency.max.toFixed(0),
				String(r.non2xx),
				String(r.errors),
				String(r.timeouts),
				met ? 'met' : 'missed'
			];
		})
	);
}

function printSingle(rows: LoadRow[]): void {
	const kinds = [...(rows[0]?.single.keys() ?? [])].sort();
	printAligned(
		['one client, before the load', ...rows.flatMap((r) => [`${r.backend} p50 ms`, 'max ms'])],
		kinds.map((kind) => [
			`${kind} (${rows[0]!.single.get(kind)!.length})`,
			...rows.flatMap((r) => {
				const times = r.single.get(kind) ?? [];
				return [percentile(times, 50).toFixed(1), Math.max(...times).toFixed(1)];
			})
		])
	);
}

const rows: LoadRow[] = [];
console.log(
	`Mix: ${requestMix().length} URLs in a fixed order (tiles z10–16 around Asker + 3 API endpoints); ` +
		`${SECONDS} s per backend; goal 0 errors, p99 < ${GOAL_P99_MS} ms`
);
if (serverUrl) {
	try {
		rows.push(await runPostgres(serverUrl));
	} catch (cause) {
		console.error(`PostgreSQL load run failed: ${cause instanceof Error ? cause.message : cause}`);
		process.exitCode = 1;
	}
} else {
	console.log('PostgreSQL: skipped (set DATABASE_URL to include it)');
}
rows.push(await runPglite());
printLoad(rows);
console.log('');
printSingle(rows);
