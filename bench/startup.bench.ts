import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import type { DatabaseHandle } from '../src/lib/server/db/handle';
import { openPglite } from '../src/lib/server/db/open-pglite';
import { openPostgres } from '../src/lib/server/db/open-postgres';
import { queryRows } from '../src/lib/server/db/rows';
import { seedMunicipalities } from '../src/lib/server/municipalities/seed-municipalities';
import { measure, printTable, type Result, type Span } from './lib/measure';

/**
 * How long the embedded database takes before it can answer, and how long seeding the
 * shipped geodata takes on PGlite and (with DATABASE_URL) on PostgreSQL. Run from the
 * repository root: migrations and geodata are found from the working directory.
 */

const GEODATA = resolve('geodata/municipalities');
// The start users wait for on every launch after the first, so the other rows read against it.
const BASELINE = 'PGlite warm start (reopen folder)';
const serverUrl = process.env.DATABASE_URL?.trim();

/** What the app does before serving: migrate (a no-op once applied), then its first query. */
async function untilFirstQuery(handle: DatabaseHandle): Promise<void> {
	await handle.migrate();
	await queryRows(handle.db, sql`SELECT 1`);
}

/** Times the seed alone; the database was migrated before the span starts. */
async function timedSeed(handle: DatabaseHandle, span: Span): Promise<number> {
	await handle.migrate();
	span.start();
	const report = await seedMunicipalities(handle.db, GEODATA);
	span.stop();
	return report.inserted.length + report.updated.length;
}

/** Opens, uses and always closes a handle, so a failed run leaves no open database behind. */
async function using<T>(
	open: Promise<DatabaseHandle>,
	use: (h: DatabaseHandle) => Promise<T>
): Promise<T> {
	const handle = await open;
	try {
		return await use(handle);
	} finally {
		await handle.close();
	}
}

async function benchPglite(folder: string): Promise<Result[]> {
	const dataDir = join(folder, 'pglite');
	let snapshot: Blob | undefined;
	const cold = await measure('PGlite cold start (new folder: initdb, PostGIS, migrate)', (span) =>
		using(openPglite(dataDir), async (h) => {
			await untilFirstQuery(h);
			span.stop();
			// Taken here, outside the span, so the snapshot row needs no extra (slow) cold start.
			snapshot = await h.snapshot!();
		})
	);
	const warm = await measure(
		BASELINE,
		(span) => using(openPglite(dataDir), (h) => untilFirstQuery(h).then(() => span.stop())),
		{ runs: 3 }
	);
	const blob = snapshot!;
	console.log(`Snapshot: ${(blob.size / 1024 / 1024).toFixed(1)} MB (gzip tarball)`);
	const fromSnapshot = await measure(
		'PGlite snapshot start (in memory from blob)',
		(span) => using(openPglite(undefined, blob), (h) => untilFirstQuery(h).then(() => span.stop())),
		{ runs: 3 }
	);
	const seed = await measure(
		'PGlite seed (geodata into fresh DB)',
		(span) => using(openPglite(undefined, blob), (h) => timedSeed(h, span)),
		{ runs: 3, unit: 'features' }
	);
	return [cold, warm, fromSnapshot, seed];
}

/** Each run seeds its own throwaway database, so every seed inserts rather than skips. */
async function benchPostgres(url: string): Promise<Result> {
	const admin = postgres(url, { max: 1, onnotice: () => {} });
	try {
		return await measure(
			'PostgreSQL seed (geodata into fresh DB)',
			async (span) => {
				const name = `planbord_bench_${randomBytes(4).toString('hex')}`;
				const target = new URL(url);
				target.pathname = `/${name}`;
				await admin`CREATE DATABASE ${admin(name)}`;
				try {
					return await using(openPostgres(target.toString()), (h) => timedSeed(h, span));
				} finally {
					await admin`DROP DATABASE IF EXISTS ${admin(name)} WITH (FORCE)`;
				}
			},
			{ runs: 3, unit: 'features' }
		);
	} finally {
		await admin.end({ timeout: 5 });
	}
}

const folder = mkdtempSync(join(tmpdir(), 'planbord-bench-'));
const results: Result[] = [];
try {
	results.push(...(await benchPglite(folder)));
} finally {
	rmSync(folder, { recursive: true, force: true });
}
if (serverUrl) {
	try {
		results.push(await benchPostgres(serverUrl));
	} catch (cause) {
		// Keep the PGlite numbers: print them below, but let the exit code show the failure.
		console.error(`PostgreSQL seed failed: ${cause instanceof Error ? cause.message : cause}`);
		process.exitCode = 1;
	}
} else {
	console.log('PostgreSQL seed: skipped (set DATABASE_URL to include it)');
}
printTable(results, BASELINE);
