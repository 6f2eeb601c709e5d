import { sql } from 'drizzle-orm';
import type { DatabaseConfig } from './db/config';
import type { DatabaseHandle } from './db/handle';
import { openDatabase } from './db/open-database';
import { queryRows } from './db/rows';
import { seedAll } from './seed';

/**
 * Opens the configured database, applies pending migrations and, for the embedded database
 * only, seeds the shipped geodata on first start so a newcomer sees a real map at once.
 * A server database is seeded on purpose, with `npm run db:seed`.
 */
export async function startDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
	const handle = await openDatabase(config);
	try {
		await handle.migrate();
		if (handle.backend === 'pglite' && (await isEmpty(handle))) {
			await seedAll(handle.db);
		}
		return handle;
	} catch (error) {
		await handle.close();
		throw error;
	}
}

async function isEmpty(handle: DatabaseHandle): Promise<boolean> {
	const rows = await queryRows(handle.db, sql`SELECT 1 FROM municipalities LIMIT 1`);
	return rows.length === 0;
}
