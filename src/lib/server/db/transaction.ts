import { sql } from 'drizzle-orm';
import { currentActor } from '../audit/actor';
import type { Db } from './handle';

/** The transaction object Drizzle passes to a callback; it has the same query API as Db. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Runs `work` in one transaction: it commits if `work` resolves and rolls back everything
 * if it throws, so imports and seeds are all or nothing. The current actor (see
 * `runAs`) is set for the transaction only, for the audit triggers to record.
 */
export function withTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
	return db.transaction(async (tx) => {
		const actor = currentActor();
		if (actor) {
			await tx.execute(sql`SELECT set_config('planbord.actor', ${JSON.stringify(actor)}, true)`);
		}
		return work(tx);
	});
}
