import type { Db } from './handle';

/** The transaction object Drizzle passes to a callback; it has the same query API as Db. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Runs `work` in one transaction: it commits if `work` resolves and rolls back everything
 * if it throws, so imports and seeds are all or nothing.
 */
export function withTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
	return db.transaction(work);
}
