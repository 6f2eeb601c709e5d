/*
 * The Planbord backup file: gzip of UTF-8 JSON lines, readable with `zcat | head -1`.
 *   line 1            the header (BackupHeader)
 *   per table         {"table":"<name>","rows":<n>} then n lines, one JSON array per row:
 *                     every stored (non-generated) column as its PostgreSQL text form or null
 *   last line         {"end":true}
 * Text forms are what PostgreSQL itself prints and parses back: geometry as hex EWKB (exact,
 * SRID included), float8 with shortest exact digits, timestamptz in ISO with offset, jsonb
 * as JSON. The same file restores on PGlite and on PostgreSQL.
 */

export const BACKUP_FORMAT = 'planbord-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupTable {
	name: string;
	/** Stored columns in table order; generated columns are recomputed on restore. */
	columns: string[];
	/** `format_type()` of each column, for people reading the file; restore casts to its own. */
	types: string[];
	rows: number;
}

/** One row of drizzle.__drizzle_migrations. */
export interface JournalEntry {
	id: number;
	hash: string;
	createdAt: number;
}

export interface BackupHeader {
	format: typeof BACKUP_FORMAT;
	formatVersion: number;
	/** ISO 8601, UTC. */
	createdAt: string;
	backend: 'pglite' | 'postgres';
	/** Folder or user@host:port/database: never a password. */
	source: string;
	/** How many migrations had run, and the last one's tag (db/migrations/meta/_journal.json). */
	migration: { level: number; tag: string };
	journal: JournalEntry[];
	tables: BackupTable[];
	/** Sequence positions, so ids deleted before the backup are not handed out again. */
	sequences: { name: string; lastValue: string; isCalled: boolean }[];
}

export interface TableMarker {
	table: string;
	rows: number;
}

export const END_MARKER = '{"end":true}';
