import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import * as schema from '$db/schema';
import { DatabaseError, ReasonDataFolderUnreadable } from '$lib/errors';
import type { DatabaseHandle } from './handle';
import { MIGRATIONS_FOLDER } from './migrations-folder';

/** The PostgreSQL major version inside the PGlite release in package.json. */
const PGLITE_PG_MAJOR = '18';

/**
 * Opens (or, for a new or empty folder, creates) an embedded PGlite database with PostGIS.
 * `dataDir` undefined means in memory. `snapshot` starts from a `dumpDataDir()` tarball
 * instead of an empty cluster (tests and benchmarks use it to skip initdb + PostGIS, ~10 s).
 * Never initialises over a folder that holds something else: that would silently replace a
 * user's data.
 */
export async function openPglite(
	dataDir: string | undefined,
	snapshot?: Blob
): Promise<DatabaseHandle> {
	if (dataDir) assertOpenableFolder(dataDir);
	let client: PGlite;
	try {
		client = await PGlite.create({ dataDir, loadDataDir: snapshot, extensions: { postgis } });
	} catch (cause) {
		throw new DatabaseError(
			ReasonDataFolderUnreadable,
			`PGlite could not open ${dataDir ?? 'an in-memory database'}: ${errorText(cause)}`
		);
	}
	const db = drizzle({ client, schema });
	return {
		db,
		backend: 'pglite',
		location: dataDir ?? 'memory',
		// One process owns a PGlite folder, so no lock is needed here.
		migrate: () => migrate(db, { migrationsFolder: MIGRATIONS_FOLDER }),
		close: () => client.close(),
		snapshot: () => client.dumpDataDir('gzip')
	};
}

function assertOpenableFolder(dataDir: string): void {
	if (!existsSync(dataDir)) {
		mkdirSync(dataDir, { recursive: true });
		return;
	}
	const entries = readdirSync(dataDir);
	if (entries.length === 0) return;
	const versionFile = join(dataDir, 'PG_VERSION');
	if (!existsSync(versionFile)) {
		throw new DatabaseError(
			ReasonDataFolderUnreadable,
			`${dataDir} is not empty and holds no PGlite database (no PG_VERSION)`
		);
	}
	const version = readFileSync(versionFile, 'utf8').trim();
	if (version !== PGLITE_PG_MAJOR) {
		throw new DatabaseError(
			ReasonDataFolderUnreadable,
			`${dataDir} was written by PostgreSQL ${version}; this Planbord embeds PostgreSQL ${PGLITE_PG_MAJOR}`
		);
	}
}

function errorText(cause: unknown): string {
	return cause instanceof Error ? cause.message : String(cause);
}
