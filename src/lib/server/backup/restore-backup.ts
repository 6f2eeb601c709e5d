import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../db/handle';
import { queryRows } from '../db/rows';
import type { Tx } from '../db/transaction';
import { BackupError } from './backup-error';
import { END_MARKER, type BackupHeader, type TableMarker } from './backup-format';
import { checkMigrationLevel } from './check-migration-level';
import { shippedMigrations } from './migration-journal';
import { setPortableTextForms } from './portable-text-forms';
import { readBackupHeader, readBackupLines, corrupt, parseHeader } from './read-backup';
import { readTables, type CatalogTable } from './read-catalog';
import { applyMigrations, dropPlanbordObjects } from './reset-schema';

export interface RestoreOptions {
	/** Replace a database that holds data; without it only an empty one is restored into. */
	force?: boolean;
}

export interface RestoreReport {
	header: BackupHeader;
	/** Migrations run after the data was loaded, to bring it to this Planbord's level. */
	migratedFrom: number;
	migratedTo: number;
}

/** Rows (or characters of JSON) per INSERT: few round trips, bounded parameter size. */
const BATCH_ROWS = 500;
const BATCH_CHARS = 8_000_000;

/**
 * Replaces the database's content with a backup, all or nothing, in one transaction: drop
 * Planbord's objects, run our migrations up to the backup's level, load its rows, set the
 * sequences, then run the migrations it had not had. Any problem (damaged file, a table or
 * column the schema at that level does not have, a row PostgreSQL refuses) rolls all of it
 * back. The header is checked before the database is touched.
 * @example await restoreBackup(handle, 'planbord.jsonl.gz', { force: true })
 */
export async function restoreBackup(
	handle: DatabaseHandle,
	file: string,
	options: RestoreOptions = {}
): Promise<RestoreReport> {
	const shipped = shippedMigrations();
	const level = checkMigrationLevel(await readBackupHeader(file), shipped);
	return handle.db.transaction(async (tx) => {
		await setPortableTextForms(tx);
		// The rows being loaded were logged when they were first written; the audit triggers
		// (migration 0006) must not log them again as new changes.
		await tx.execute(sql`SELECT set_config('planbord.restoring', 'on', true)`);
		if (!options.force) await assertEmpty(tx, handle.location);
		const lines = readBackupLines(file);
		let header: BackupHeader;
		try {
			header = parseHeader(file, await next(lines, file));
			await dropPlanbordObjects(tx);
			await applyMigrations(tx, shipped.slice(0, level), header.journal);
			const tables = await matchTables(tx, header, file);
			for (const [i, table] of tables.entries()) {
				await loadTable(tx, table, header.tables[i]!.rows, lines, file);
			}
			if ((await next(lines, file)) !== END_MARKER) throw corrupt(file, 'no end marker');
			if (!(await lines.next()).done) throw corrupt(file, 'data after the end marker');
		} finally {
			// Closes the file when a refusal leaves it half read.
			await lines.return(undefined);
		}
		await setSequences(tx, header);
		await applyMigrations(tx, shipped.slice(level));
		return { header, migratedFrom: level, migratedTo: shipped.length };
	});
}

async function assertEmpty(tx: Tx, location: string): Promise<void> {
	for (const table of await readTables(tx)) {
		const rows = await queryRows(tx, sql`SELECT 1 FROM ${sql.identifier(table.name)} LIMIT 1`);
		if (rows.length > 0) {
			throw new BackupError(
				'target-not-empty',
				`Databasen ${location} har data (tabellen ${table.name} er ikke tom). Gjenoppretting ` +
					`erstatter alt i den; legg til --force for å gjøre det. Ingenting er endret.`,
				`${location} is not empty (${table.name}); restore needs --force`
			);
		}
	}
}

/** The schema at the backup's level must have exactly the backup's tables and columns. */
async function matchTables(tx: Tx, header: BackupHeader, file: string): Promise<CatalogTable[]> {
	const ours = new Map((await readTables(tx)).map((t) => [t.name, t]));
	const problems: string[] = [];
	const tables = header.tables.map((t) => {
		const table = ours.get(t.name);
		if (!table) problems.push(`tabellen ${t.name} finnes ikke`);
		else if (table.columns.join() !== t.columns.join()) problems.push(`kolonnene i ${t.name}`);
		ours.delete(t.name);
		return table!;
	});
	for (const name of ours.keys()) problems.push(`tabellen ${name} mangler i sikkerhetskopien`);
	if (problems.length > 0) {
		throw new BackupError(
			'schema-mismatch',
			`${file} passer ikke med databaseskjemaet på migreringsnivå ${header.journal.length}: ` +
				`${problems.join(', ')}. Ingenting er endret.`,
			`${file} does not match the schema at its level: ${problems.join(', ')}`
		);
	}
	return tables;
}

async function loadTable(
	tx: Tx,
	table: CatalogTable,
	rows: number,
	lines: AsyncGenerator<string>,
	file: string
): Promise<void> {
	const marker = parseMarker(await next(lines, file));
	if (marker?.table !== table.name || marker.rows !== rows) {
		throw corrupt(file, `expected ${rows} rows of ${table.name}, found ${marker?.table}`);
	}
	let batch: string[] = [];
	let chars = 0;
	for (let i = 0; i < rows; i++) {
		const line = await next(lines, file);
		if (!line.startsWith('[')) throw corrupt(file, `row ${i + 1} of ${table.name}`);
		batch.push(line);
		chars += line.length;
		if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) {
			await insertBatch(tx, table, batch);
			batch = [];
			chars = 0;
		}
	}
	if (batch.length > 0) await insertBatch(tx, table, batch);
}

/**
 * One INSERT per batch: the rows travel as one JSON parameter and each text form is cast to
 * its column's type, so PostgreSQL parses every value with its own input function (hex EWKB
 * back to the identical geometry). OVERRIDING SYSTEM VALUE keeps identity ids as they were.
 */
async function insertBatch(tx: Tx, table: CatalogTable, batch: string[]): Promise<void> {
	const columns = sql.join(
		table.columns.map((c) => sql.identifier(c)),
		sql`, `
	);
	const values = sql.join(
		table.types.map((type, i) => sql`CAST(r ->> ${sql.raw(String(i))} AS ${sql.raw(type)})`),
		sql`, `
	);
	await tx.execute(
		sql`INSERT INTO ${sql.identifier(table.name)} (${columns}) OVERRIDING SYSTEM VALUE
			SELECT ${values} FROM json_array_elements(${`[${batch.join(',')}]`}::json) AS r`
	);
}

async function setSequences(tx: Tx, header: BackupHeader): Promise<void> {
	for (const s of header.sequences) {
		await tx.execute(
			sql`SELECT setval(to_regclass(${`public.${quoteIdent(s.name)}`}), ${s.lastValue}::bigint, ${s.isCalled})
				WHERE to_regclass(${`public.${quoteIdent(s.name)}`}) IS NOT NULL`
		);
	}
}

function parseMarker(line: string): TableMarker | undefined {
	try {
		return JSON.parse(line) as TableMarker;
	} catch {
		return undefined;
	}
}

function quoteIdent(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}

async function next(lines: AsyncGenerator<string>, file: string): Promise<string> {
	const line = await lines.next();
	if (line.done) throw corrupt(file, 'file ends early');
	return line.value;
}
