import { sql } from 'drizzle-orm';
import { queryRows } from '../db/rows';
import type { Tx } from '../db/transaction';
import type { JournalEntry } from './backup-format';
import type { ShippedMigration } from './migration-journal';

/**
 * Removes everything the migrations made (every table, view, sequence, function and type in
 * schema public that no extension owns, and the drizzle schema with its journal), inside the
 * caller's transaction. PostGIS stays. This is why the database must be Planbord's own.
 */
export async function dropPlanbordObjects(tx: Tx): Promise<void> {
	const drops = await queryRows<{ statement: string }>(
		tx,
		sql`SELECT format('DROP %s IF EXISTS %s CASCADE',
				CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
					WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
				c.oid::regclass) AS statement
			FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
				AND NOT EXISTS (SELECT 1 FROM pg_depend d
					WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
		UNION ALL
		SELECT format('DROP ROUTINE IF EXISTS %s CASCADE', p.oid::regprocedure)
			FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
			WHERE n.nspname = 'public'
				AND NOT EXISTS (SELECT 1 FROM pg_depend d
					WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
		UNION ALL
		SELECT format('DROP TYPE IF EXISTS %s CASCADE', t.oid::regtype)
			FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
			WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd')
				AND NOT EXISTS (SELECT 1 FROM pg_depend d
					WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')`
	);
	for (const { statement } of drops) await tx.execute(sql.raw(statement));
	await tx.execute(sql`DROP SCHEMA IF EXISTS drizzle CASCADE`);
	// The same table drizzle's migrator creates (drizzle-orm/pg-core/dialect.js), so
	// `migrate()` on the next start reads it as its own.
	await tx.execute(sql`CREATE SCHEMA drizzle`);
	await tx.execute(
		sql`CREATE TABLE drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)`
	);
}

/**
 * Runs migrations' statements in the caller's transaction, as drizzle's migrator does, and
 * records each in the journal: with the backup's own journal row when one is given (so the
 * journal comes back as it was), else as drizzle would write it.
 */
export async function applyMigrations(
	tx: Tx,
	migrations: ShippedMigration[],
	journal: JournalEntry[] = []
): Promise<void> {
	for (const [i, migration] of migrations.entries()) {
		for (const statement of migration.sql) await tx.execute(sql.raw(statement));
		const entry = journal[i];
		await tx.execute(
			entry
				? sql`INSERT INTO drizzle.__drizzle_migrations (id, hash, created_at)
					VALUES (${entry.id}, ${entry.hash}, ${entry.createdAt})`
				: sql`INSERT INTO drizzle.__drizzle_migrations (hash, created_at)
					VALUES (${migration.hash}, ${migration.folderMillis})`
		);
		if (entry) {
			await tx.execute(
				sql`SELECT setval(pg_get_serial_sequence('drizzle.__drizzle_migrations', 'id'),
					(SELECT max(id) FROM drizzle.__drizzle_migrations))`
			);
		}
	}
}
