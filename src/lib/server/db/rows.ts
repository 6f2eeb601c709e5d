import type { SQL } from 'drizzle-orm';
import type { Db } from './handle';
import type { Tx } from './transaction';

/**
 * Runs raw SQL and returns its rows. postgres.js returns an array and PGlite an object
 * with `rows`; this hides the one difference so callers work on both backends.
 */
export async function queryRows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
	const result: unknown = await db.execute(query);
	return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
