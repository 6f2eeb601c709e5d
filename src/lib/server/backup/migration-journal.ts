import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import { MIGRATIONS_FOLDER } from '../db/migrations-folder';

/** One migration this Planbord ships: its tag (file name) and its statements. */
export interface ShippedMigration extends MigrationMeta {
	tag: string;
}

/**
 * db/migrations in order, as drizzle's migrator reads them (statements split on
 * `--> statement-breakpoint`, `folderMillis` = the journal's `when`, which drizzle stores
 * as `created_at`), with each one's tag so messages can name it.
 */
export function shippedMigrations(folder = MIGRATIONS_FOLDER): ShippedMigration[] {
	const journal = JSON.parse(readFileSync(join(folder, 'meta/_journal.json'), 'utf8')) as {
		entries: { tag: string }[];
	};
	return readMigrationFiles({ migrationsFolder: folder }).map((m, i) => ({
		...m,
		tag: journal.entries[i]?.tag ?? `#${i}`
	}));
}
