import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../db/handle';
import { queryRows } from '../db/rows';
import type { Tx } from '../db/transaction';
import { BackupError } from './backup-error';
import {
	BACKUP_FORMAT,
	BACKUP_FORMAT_VERSION,
	END_MARKER,
	type BackupHeader,
	type BackupTable
} from './backup-format';
import { describeLevel } from './check-migration-level';
import { readJournal, readSequences, readTables, type CatalogTable } from './read-catalog';
import { setPortableTextForms } from './portable-text-forms';

/** Rows fetched per query: bounded memory however large a table grows. */
const PAGE_ROWS = 1000;

/**
 * Writes every Planbord table and the migration journal to `file` (see backup-format.ts),
 * from one read-only REPEATABLE READ snapshot, so the file is consistent while the app keeps
 * working. It is written beside the target and renamed at the end: a failed backup never
 * leaves a half file under the real name.
 * @example const header = await writeBackup(handle, 'planbord.jsonl.gz')
 */
export async function writeBackup(handle: DatabaseHandle, file: string): Promise<BackupHeader> {
	const partial = `${file}.partial`;
	try {
		const header = await handle.db.transaction(
			async (tx) => {
				await setPortableTextForms(tx);
				const journal = await readJournal(tx);
				if (journal.length === 0) {
					throw new BackupError(
						'no-database',
						`Databasen (${handle.location}) har ingen Planbord-migreringer; det er ingenting å ta sikkerhetskopi av`,
						`${handle.location} has no drizzle migration journal`
					);
				}
				const tables = await readTables(tx);
				const header: BackupHeader = {
					format: BACKUP_FORMAT,
					formatVersion: BACKUP_FORMAT_VERSION,
					createdAt: new Date().toISOString(),
					backend: handle.backend,
					source: handle.location,
					migration: describeLevel(journal),
					journal,
					tables: await countRows(tx, tables),
					sequences: await readSequences(tx)
				};
				await writeFile(tx, partial, header, tables);
				return header;
			},
			{ isolationLevel: 'repeatable read', accessMode: 'read only' }
		);
		renameSync(partial, file);
		return header;
	} finally {
		rmSync(partial, { force: true });
	}
}

async function countRows(tx: Tx, tables: CatalogTable[]): Promise<BackupTable[]> {
	const result: BackupTable[] = [];
	for (const t of tables) {
		const [row] = await queryRows<{ n: string }>(
			tx,
			sql`SELECT count(*)::text AS n FROM ${sql.identifier(t.name)}`
		);
		result.push({ name: t.name, columns: t.columns, types: t.types, rows: Number(row?.n ?? 0) });
	}
	return result;
}

async function writeFile(
	tx: Tx,
	file: string,
	header: BackupHeader,
	tables: CatalogTable[]
): Promise<void> {
	const gzip = createGzip();
	const out = gzip.pipe(createWriteStream(file));
	const write = async (line: string) => {
		if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
	};
	await write(JSON.stringify(header));
	for (const [i, table] of tables.entries()) {
		await write(JSON.stringify({ table: table.name, rows: header.tables[i]!.rows }));
		for (let offset = 0; ; offset += PAGE_ROWS) {
			const lines = await readPage(tx, table, offset);
			for (const line of lines) await write(line);
			if (lines.length < PAGE_ROWS) break;
		}
	}
	await write(END_MARKER);
	gzip.end();
	await finished(out);
}

/** One page of rows, each already a JSON array of the columns' text forms (built in SQL). */
async function readPage(tx: Tx, table: CatalogTable, offset: number): Promise<string[]> {
	const values = sql.join(
		table.columns.map((c) => sql`${sql.identifier(c)}::text`),
		sql`, `
	);
	const order = sql.join(
		table.orderBy.map((c) => sql.identifier(c)),
		sql`, `
	);
	const rows = await queryRows<{ line: string }>(
		tx,
		sql`SELECT json_build_array(${values})::text AS line FROM ${sql.identifier(table.name)}
			ORDER BY ${order} LIMIT ${PAGE_ROWS} OFFSET ${offset}`
	);
	return rows.map((r) => r.line);
}
