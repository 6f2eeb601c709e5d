import type { DatabaseConfig } from './config';
import type { DatabaseHandle } from './handle';
import { openPglite } from './open-pglite';
import { openPostgres } from './open-postgres';

/** Opens whichever backend the configuration names. */
export function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
	return config.backend === 'postgres' ? openPostgres(config.url) : openPglite(config.dataDir);
}
