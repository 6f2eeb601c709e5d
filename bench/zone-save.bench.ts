import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import type { DatabaseHandle } from '../src/lib/server/db/handle';
import { openPglite } from '../src/lib/server/db/open-pglite';
import { openPostgres } from '../src/lib/server/db/open-postgres';
import { seedMunicipalities } from '../src/lib/server/municipalities/seed-municipalities';
import { createProposal } from '../src/lib/server/zones/create-proposal';
import { checkZones } from '../src/lib/server/zones/check-zones';
import { getProposal } from '../src/lib/server/zones/read-proposals';
import { readZoneBoundary } from '../src/lib/server/zones/read-zone-boundary';
import { saveProposal } from '../src/lib/server/zones/save-proposal';
import { checkPartition } from '../src/lib/zones/check-partition';
import { benchProposal } from '../src/lib/zones/sample/sample-proposal';
import type { Zone, ZoneGeometry } from '../src/lib/zones/types';
import { envCount } from './lib/env-count';
import { percentile } from './lib/percentile';
import { printAligned } from './lib/table';

/**
 * Saving a realistic zone proposal: 50 Voronoi zones over the real boundary of the new
 * municipality, a vertex every 100 m (about 100 a zone, more on the coast), as
 * `benchProposal` makes them. Each run is one `saveProposal` from the newest version, with
 * zones deep-copied first (outside the clock) as a request body parsed from JSON would be,
 * so `checkPartition`'s per-geometry cache never helps. Also timed: `getProposal` of the
 * newest version (what the editor loads). Baseline: the in-memory part of a save alone
 * (`checkZones` + `checkPartition` on the same copies), so the database's share shows.
 * Target on PostgreSQL: p95 of a save < 200 ms.
 */

const serverUrl = process.env.DATABASE_URL?.trim();
const RUNS = envCount('BENCH_ZONE_SAVE_RUNS', 30);
/** Runs before the timed ones: JIT, PGlite's first-use costs, the connection pool. */
const WARMUP = 3;
const ZONES = envCount('BENCH_ZONE_SAVE_ZONES', 50);
const TARGET_P95_MS = 200;

interface Row {
	label: string;
	samples: number[];
}

async function timeRuns(label: string, run: (span: () => void) => Promise<void>): Promise<Row> {
	const samples: number[] = [];
	for (let i = 0; i < WARMUP + RUNS; i++) {
		let begin = 0;
		await run(() => void (begin = performance.now()));
		if (i >= WARMUP) samples.push(performance.now() - begin);
	}
	console.error(`  measured ${label}: ${samples.map((t) => t.toFixed(0)).join(', ')} ms`);
	return { label, samples };
}

const copyZones = (zones: readonly Zone[]): Zone[] => structuredClone(zones) as Zone[];

function baseline(zones: readonly Zone[], boundary: ZoneGeometry): Promise<Row> {
	return timeRuns('domain check (checkZones + checkPartition, in memory)', async (start) => {
		const body = copyZones(zones);
		start();
		checkZones(body);
		checkPartition({ zones: body, boundary });
	});
}

async function benchBackend(
	name: string,
	handle: DatabaseHandle,
	zones: readonly Zone[]
): Promise<Row[]> {
	await handle.migrate();
	await seedMunicipalities(handle.db, 'geodata/municipalities');
	const { id } = await createProposal(handle.db, { name: 'Benk', zones: copyZones(zones) });
	let base = 1;
	const save = await timeRuns(`${name}: saveProposal (${zones.length} zones)`, async (start) => {
		const body = copyZones(zones);
		start();
		const saved = await saveProposal(handle.db, id, { baseVersion: base, zones: body, note: '' });
		base = saved.version;
	});
	const read = await timeRuns(`${name}: getProposal (newest version)`, async (start) => {
		start();
		await getProposal(handle.db, id);
	});
	return [save, read];
}

async function withPostgres<T>(url: string, use: (h: DatabaseHandle) => Promise<T>): Promise<T> {
	const admin = postgres(url, { max: 1, onnotice: () => {} });
	const name = `planbord_bench_${randomBytes(4).toString('hex')}`;
	const target = new URL(url);
	target.pathname = `/${name}`;
	try {
		await admin`CREATE DATABASE ${admin(name)}`;
		const handle = await openPostgres(target.toString());
		try {
			return await use(handle);
		} finally {
			await handle.close();
		}
	} finally {
		await admin`DROP DATABASE IF EXISTS ${admin(name)} WITH (FORCE)`;
		await admin.end({ timeout: 5 });
	}
}

const rows: Row[] = [];
const pglite = await openPglite(undefined);
let zones: Zone[] = [];
let boundary: ZoneGeometry | undefined;
try {
	// The zones are generated on the first backend's boundary; both backends hold the same one.
	await pglite.migrate();
	await seedMunicipalities(pglite.db, 'geodata/municipalities');
	boundary = await readZoneBoundary(pglite.db);
	const generatedAt = performance.now();
	zones = benchProposal(boundary, ZONES);
	const vertices = zones.reduce(
		(n, z) => n + JSON.stringify(z.geometry.coordinates).split('],[').length,
		0
	);
	console.log(
		`${zones.length} zones, ${vertices} vertices (${(vertices / zones.length).toFixed(0)} a zone), generated in ${(performance.now() - generatedAt).toFixed(0)} ms`
	);
	rows.push(await baseline(zones, boundary));
	rows.push(...(await benchBackend('PGlite', pglite, zones)));
} finally {
	await pglite.close();
}
if (serverUrl)
	rows.push(...(await withPostgres(serverUrl, (h) => benchBackend('PostgreSQL', h, zones))));

const baseP50 = percentile(rows[0]!.samples, 50);
console.log(`Baseline (1.00×): ${rows[0]!.label}; ${RUNS} runs each after ${WARMUP} warm-up runs`);
printAligned(
	['measurement', 'p50 ms', 'p95 ms', 'max ms', '× baseline (p50)'],
	rows.map((r) => [
		r.label,
		percentile(r.samples, 50).toFixed(1),
		percentile(r.samples, 95).toFixed(1),
		Math.max(...r.samples).toFixed(1),
		`${(percentile(r.samples, 50) / baseP50).toFixed(2)}×`
	])
);
const pgSave = rows.find((r) => r.label.startsWith('PostgreSQL: saveProposal'));
console.log(
	pgSave
		? `Target: PostgreSQL save p95 < ${TARGET_P95_MS} ms: ${percentile(pgSave.samples, 95) < TARGET_P95_MS ? 'met' : 'NOT met'}`
		: `Target: PostgreSQL save p95 < ${TARGET_P95_MS} ms: not measured (set DATABASE_URL)`
);
