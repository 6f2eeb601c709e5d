import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { inject } from 'vitest';
import type { DatabaseHandle } from '$lib/server/db/handle';
import { openPglite } from '$lib/server/db/open-pglite';
import { openPostgres } from '$lib/server/db/open-postgres';

/** A database backend that database tests run against, each test file with its own database. */
export interface Backend {
	name: 'pglite' | 'postgres';
	/** A fresh, migrated database; `close()` also drops it. */
	open(): Promise<DatabaseHandle>;
}

const serverUrl = process.env.DATABASE_URL?.trim();

const pglite: Backend = {
	name: 'pglite',
	async open() {
		const template = new Blob([readFileSync(inject('pgliteTemplate'))]);
		const handle = await openPglite(undefined, template);
		await handle.migrate();
		return handle;
	}
};

const server: Backend = {
	name: 'postgres',
	async open() {
		const url = new URL(serverUrl!);
		const name = `planbord_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
		const admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
		await admin.unsafe(`CREATE DATABASE ${name}`);
		url.pathname = `/${name}`;
		const handle = await openPostgres(url.toString());
		await handle.migrate();
		return {
			...handle,
			async close() {
				await handle.close();
				await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
				await admin.end();
			}
		};
	}
};

/**
 * PGlite always; PostgreSQL+PostGIS as well when DATABASE_URL is set (CI sets it). Use as
 * `describe.each(backends)('… on $name', …)` so one test file proves both backends.
 */
export const backends: Backend[] = serverUrl ? [pglite, server] : [pglite];

/** The URL of the test server, for tests that need to build their own (bad) URLs. */
export const testServerUrl = serverUrl;
