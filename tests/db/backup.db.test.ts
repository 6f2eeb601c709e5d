import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildings, plans } from '$db/schema';
import { BackupError } from '$lib/server/backup/backup-error';
import { END_MARKER, type BackupHeader } from '$lib/server/backup/backup-format';
import { restoreBackup } from '$lib/server/backup/restore-backup';
import { writeBackup } from '$lib/server/backup/write-backup';
import type { Db, DatabaseHandle } from '$lib/server/db/handle';
import { queryRows } from '$lib/server/db/rows';
import { getProposal } from '$lib/server/zones/read-proposals';
import { saveProposal } from '$lib/server/zones/save-proposal';
import { seedAll } from '$lib/server/seed';
import { backends } from '../helpers/backends';
import { rejectionOf } from '../helpers/rejection';

/**
 * Every table in schema public except PostGIS's, the migration journal and the sequences,
 * each as row count + md5 over its rows' text in a fixed order. Computed by SQL of its own,
 * not by the backup code, so a bug there cannot hide itself.
 */
async function fingerprint(db: Db): Promise<Record<string, string>> {
	const tables = await queryRows<{ name: string }>(
		db,
		sql`SELECT tablename AS name FROM pg_tables
			WHERE schemaname = 'public' AND tablename <> 'spatial_ref_sys' ORDER BY 1`
	);
	const result: Record<string, string> = {};
	for (const { name } of [...tables, { name: 'drizzle.__drizzle_migrations' }]) {
		const table = name.includes('.') ? sql.raw(name) : sql.identifier(name);
		const [row] = await queryRows<{ f: string }>(
			db,
			sql`SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, E'\n' ORDER BY t::text), '')) AS f
				FROM ${table} t`
		);
		result[name] = row!.f;
	}
	const sequences = await queryRows<{ name: string; value: string }>(
		db,
		sql`SELECT sequencename AS name, coalesce(last_value::text, '-') AS value
			FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`
	);
	for (const s of sequences) result[`sequence ${s.name}`] = s.value;
	return result;
}

/** Rewrites a backup's header (the first line), keeping its data. */
function withHeader(file: string, out: string, change: (h: BackupHeader) => unknown): string {
	const [first, ...rest] = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
	const header = change(JSON.parse(first!) as BackupHeader);
	writeFileSync(out, gzipSync([JSON.stringify(header), ...rest].join('\n')));
	return out;
}

describe.each(backends)('backup and restore on $name', (backend) => {
	const folder = mkdtempSync(join(tmpdir(), 'planbord-backup-test-'));
	const file = join(folder, 'backup.jsonl.gz');
	let handle: DatabaseHandle;
	let atBackup: Record<string, string>;
	let header: BackupHeader;
	let proposalId: number;

	beforeAll(async () => {
		handle = await backend.open();
		const seeded = await seedAll(handle.db);
		// Changes after the seed, so the backup holds edited rows, not only shipped data.
		await handle.db
			.update(buildings)
			.set({ name: 'Endret før sikkerhetskopi', bta: 1234.5678901234 })
			.where(eq(buildings.id, 1));
		proposalId = seeded.sampleProposal!.id;
		const document = await getProposal(handle.db, proposalId);
		await saveProposal(handle.db, proposalId, {
			baseVersion: document.version,
			zones: document.zones.map((z, i) => (i === 0 ? { ...z, name: 'Omdøpt sone' } : z)),
			note: 'Før sikkerhetskopi'
		});
		header = await writeBackup(handle, file);
		atBackup = await fingerprint(handle.db);
	});
	afterAll(async () => {
		await handle?.close();
		rmSync(folder, { recursive: true, force: true });
	});

	it('writes a header with format, backend, migration level and row counts, and no password', () => {
		expect(header).toMatchObject({ format: 'planbord-backup', formatVersion: 1 });
		expect(header.backend).toBe(backend.name);
		expect(header.migration.level).toBe(header.journal.length);
		expect(header.migration.tag).toMatch(/^\d{4}_/);
		const counts = Object.fromEntries(header.tables.map((t) => [t.name, t.rows]));
		expect(counts.buildings).toBeGreaterThan(300);
		expect(counts.zones).toBeGreaterThan(0);
		expect(counts.plan_features).toBeGreaterThan(0);
		const text = gunzipSync(readFileSync(file)).toString('utf8').split('\n')[0]!;
		// The users table's columns are named *password* (its argon2id hashes are data to back
		// up); the database's own password must not appear anywhere.
		expect(text.replaceAll(/"(must_change_password|password_hash)"/g, '')).not.toMatch(
			/planbord@|password|secret/i
		);
	});

	it('refuses to restore over data without --force, and changes nothing', async () => {
		const error = await rejectionOf<BackupError>(restoreBackup(handle, file));
		expect(error.refusal).toBe('target-not-empty');
		expect(await fingerprint(handle.db)).toEqual(atBackup);
	});

	it('brings back exactly the rows of backup time after edits and deletions', async () => {
		await handle.db.update(buildings).set({ name: 'Endret etter' }).where(eq(buildings.id, 2));
		await handle.db.delete(buildings).where(eq(buildings.id, 3));
		await handle.db.delete(plans); // cascades to plan_features and plan_issues
		const document = await getProposal(handle.db, proposalId);
		await saveProposal(handle.db, proposalId, {
			baseVersion: document.version,
			zones: document.zones.slice(1),
			note: 'Etter sikkerhetskopi'
		});
		await handle.db.execute(sql`SELECT nextval('buildings_id_seq')`);
		expect(await fingerprint(handle.db)).not.toEqual(atBackup);

		const report = await restoreBackup(handle, file, { force: true });
		expect(report.migratedTo).toBe(report.migratedFrom);
		expect(await fingerprint(handle.db)).toEqual(atBackup);
	});

	it('restores into a fresh database without --force, geometry bit for bit', async () => {
		const fresh = await backend.open();
		try {
			await restoreBackup(fresh, file);
			expect(await fingerprint(fresh.db)).toEqual(atBackup);
			const geometry = sql`SELECT md5(string_agg(ST_AsEWKB(geom)::text, ',' ORDER BY id)) AS g FROM plan_features`;
			const [a] = await queryRows<{ g: string }>(handle.db, geometry);
			const [b] = await queryRows<{ g: string }>(fresh.db, geometry);
			expect(b!.g).toBe(a!.g);
		} finally {
			await fresh.close();
		}
	});

	describe('refuses, leaving the database as it was', () => {
		const refusals: [string, () => string, BackupError['refusal']][] = [
			[
				'a file cut in half',
				() => {
					const bytes = readFileSync(file);
					return write('cut.jsonl.gz', bytes.subarray(0, Math.floor(bytes.length / 2)));
				},
				'corrupt'
			],
			['a file that is not gzip', () => write('plain.txt', Buffer.from('hei\n')), 'corrupt'],
			[
				'another format in the header',
				() => withHeader(file, join(folder, 'other.jsonl.gz'), (h) => ({ ...h, format: 'x' })),
				'not-a-backup'
			],
			[
				'a newer format version',
				() => withHeader(file, join(folder, 'v2.jsonl.gz'), (h) => ({ ...h, formatVersion: 2 })),
				'unsupported-format-version'
			],
			[
				'a newer migration level',
				() =>
					withHeader(file, join(folder, 'newer.jsonl.gz'), (h) => ({
						...h,
						journal: [...h.journal, { id: 99, hash: 'f'.repeat(64), createdAt: 4102444800000 }]
					})),
				'newer-migration'
			],
			[
				'a journal from another branch',
				() =>
					withHeader(file, join(folder, 'branch.jsonl.gz'), (h) => ({
						...h,
						journal: h.journal.map((e, i) => (i === 1 ? { ...e, createdAt: 1 } : e))
					})),
				'unknown-migration'
			],
			[
				'a table the schema does not have',
				() =>
					withHeader(file, join(folder, 'table.jsonl.gz'), (h) => ({
						...h,
						tables: h.tables.map((t, i) => (i === 0 ? { ...t, name: 'ukjent' } : t))
					})),
				'schema-mismatch'
			]
		];

		function write(name: string, bytes: Buffer): string {
			const path = join(folder, name);
			writeFileSync(path, bytes);
			return path;
		}

		it.each(refusals)('%s', async (_, make, refusal) => {
			const before = await fingerprint(handle.db);
			const error = await rejectionOf<BackupError>(restoreBackup(handle, make(), { force: true }));
			expect(error).toBeInstanceOf(BackupError);
			expect(error.refusal).toBe(refusal);
			expect(error.message).toContain('Ingenting er endret');
			expect(await fingerprint(handle.db)).toEqual(before);
		});

		it('a row the database rejects, after the tables were already emptied', async () => {
			const before = await fingerprint(handle.db);
			const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
			// The file's last row gets a geometry PostgreSQL cannot parse: the restore fails
			// deep inside its transaction, after the drops and every other table.
			const at = lines.lastIndexOf(END_MARKER) - 1;
			lines[at] = lines[at]!.replace(/"010[0-9A-F]000020E8640000[0-9A-F]+"/, '"ikke geometri"');
			expect(lines[at]).toContain('ikke geometri');
			const broken = write('row.jsonl.gz', gzipSync(lines.join('\n')));
			await expect(restoreBackup(handle, broken, { force: true })).rejects.toThrow();
			expect(await fingerprint(handle.db)).toEqual(before);
		});
	});
});
