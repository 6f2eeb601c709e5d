import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from '$db/schema';

/** Drizzle over either driver; both share PgDatabase, so one code path serves both. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
	db: Db;
	backend: 'pglite' | 'postgres';
	/** Where the data lives, without secrets: a folder or user@host:port/database. */
	location: string;
	/** Applies db/migrations that have not run yet; safe to call on every start. */
	migrate(): Promise<void>;
	close(): Promise<void>;
	/** PGlite only: the whole database as a tarball, to reopen with `openPglite(…, snapshot)`. */
	snapshot?: () => Promise<Blob>;
}
