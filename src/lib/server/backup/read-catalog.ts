import { sql } from 'drizzle-orm';
import type { Db } from '../db/handle';
import { queryRows } from '../db/rows';
import type { Tx } from '../db/transaction';
import type { JournalEntry } from './backup-format';

export interface CatalogTable {
	name: string;
	columns: string[];
	types: string[];
	/** Primary key (else first unique constraint): a total order, so rows page stably. */
	orderBy: string[];
}

/*
 * "Planbord's tables" are every table in schema public that no extension owns: that leaves
 * PostGIS's spatial_ref_sys out and takes whatever later migrations add without a list to
 * keep up to date.
 */
const NOT_EXTENSION_MEMBER = sql.raw(`NOT EXISTS (
	SELECT 1 FROM pg_depend d
	WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')`);

/**
 * Planbord's tables, parents before children (foreign keys), each with its stored columns:
 * generated columns are left out because PostgreSQL refuses values for them and recomputes
 * them from the rest.
 */
export async function readTables(db: Db | Tx): Promise<CatalogTable[]> {
	const rows = await queryRows<{
		name: string;
		columns: string[];
		types: string[];
		order_by: string[] | null;
		parents: string[];
	}>(
		db,
		sql`SELECT c.relname AS name,
			ARRAY(SELECT a.attname::text FROM pg_attribute a
				WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
				ORDER BY a.attnum) AS columns,
			ARRAY(SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a
				WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
				ORDER BY a.attnum) AS types,
			(SELECT ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(n, i)
					JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = u.n ORDER BY u.i)
				FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype IN ('p', 'u')
				ORDER BY k.contype, k.conname LIMIT 1) AS order_by,
			ARRAY(SELECT DISTINCT p.relname::text FROM pg_constraint f JOIN pg_class p ON p.oid = f.confrelid
				WHERE f.conrelid = c.oid AND f.contype = 'f' AND f.confrelid <> c.oid) AS parents
		FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND ${NOT_EXTENSION_MEMBER}
		ORDER BY c.relname`
	);
	const byName = new Map(rows.map((r) => [r.name, r]));
	const ordered: CatalogTable[] = [];
	const placed = new Set<string>();
	const place = (name: string, path: string[]) => {
		const row = byName.get(name);
		if (!row || placed.has(name) || path.includes(name)) return;
		for (const parent of row.parents) place(parent, [...path, name]);
		placed.add(name);
		ordered.push({
			name,
			columns: row.columns,
			types: row.types,
			orderBy: row.order_by ?? row.columns
		});
	};
	for (const row of rows) place(row.name, []);
	return ordered;
}

/** Sequences in schema public that no extension owns (the serial ids), with their position. */
export async function readSequences(
	db: Db | Tx
): Promise<{ name: string; lastValue: string; isCalled: boolean }[]> {
	const names = await queryRows<{ name: string }>(
		db,
		sql`SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = 'public' AND c.relkind = 'S' AND ${NOT_EXTENSION_MEMBER} ORDER BY c.relname`
	);
	const result = [];
	for (const { name } of names) {
		const [row] = await queryRows<{ last_value: string; is_called: boolean }>(
			db,
			sql`SELECT last_value::text AS last_value, is_called FROM ${sql.identifier(name)}`
		);
		if (row) result.push({ name, lastValue: row.last_value, isCalled: row.is_called });
	}
	return result;
}

/** drizzle.__drizzle_migrations, oldest first; empty when the database was never migrated. */
export async function readJournal(db: Db | Tx): Promise<JournalEntry[]> {
	const [exists] = await queryRows<{ found: boolean }>(
		db,
		sql`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS found`
	);
	if (!exists?.found) return [];
	const rows = await queryRows<{ id: number; hash: string; created_at: string }>(
		db,
		sql`SELECT id, hash, created_at::text AS created_at FROM drizzle.__drizzle_migrations ORDER BY created_at, id`
	);
	return rows.map((r) => ({ id: Number(r.id), hash: r.hash, createdAt: Number(r.created_at) }));
}
