import { env } from '$env/dynamic/private';
import { startDatabase } from '../startup';
import { databaseConfigFromEnv } from './config';
import type { DatabaseHandle } from './handle';

let opening: Promise<DatabaseHandle> | undefined;

/**
 * The app's one database handle, opened on first use from DATABASE_URL / PLANBORD_DATA_DIR.
 * Only the connection lives in memory; everything of record is in the database, so several
 * app servers can share one PostgreSQL.
 */
export function database(): Promise<DatabaseHandle> {
	opening ??= startDatabase(databaseConfigFromEnv(env));
	return opening;
}

export type { Db, DatabaseHandle } from './handle';
