import { parseArgs } from 'node:util';
import { describeError } from '$lib/i18n/nb';
import { BackupError } from '../backup/backup-error';
import { readBackupHeader } from '../backup/read-backup';
import { restoreBackup } from '../backup/restore-backup';
import { databaseConfigFromEnv } from '../db/config';
import type { DatabaseHandle } from '../db/handle';
import { openDatabase } from '../db/open-database';
import { runCli, UsageError } from './run-cli';

/*
 * `npm run db:restore -- <fil> [--force]`: replaces the configured database's content with a
 * backup from `npm run db:backup` (either backend), all or nothing, and leaves it migrated to
 * this Planbord's level. A database that holds data is replaced only with --force. Stop the
 * app first: the restore rewrites every table under it. Exit codes as in run-cli.ts.
 */
const USAGE = `Bruk:
  npm run db:restore -- <fil.jsonl.gz> [--force]`;

async function main(argv: string[]): Promise<number> {
	const { positionals, values } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: { force: { type: 'boolean', default: false } }
	});
	const [file, ...rest] = positionals;
	if (!file || rest.length > 0) throw new UsageError(USAGE);
	let handle: DatabaseHandle | undefined;
	try {
		// Checked before the database is opened, so a wrong file costs nothing.
		await readBackupHeader(file);
		try {
			// Not startDatabase(): that would seed an empty embedded database, which then
			// looks like data that --force must replace.
			handle = await openDatabase(databaseConfigFromEnv(process.env));
		} catch (error) {
			console.error(describeError(error));
			return 3;
		}
		const report = await restoreBackup(handle, file, { force: values.force });
		const rows = report.header.tables.reduce((sum, t) => sum + t.rows, 0);
		console.log(
			`Gjenopprettet ${file} (${report.header.backend}, ${report.header.createdAt}) til ` +
				`${handle.backend} (${handle.location}): ${report.header.tables.length} tabeller, ${rows} rader`
		);
		if (report.migratedTo > report.migratedFrom) {
			console.log(`Migrert fra nivå ${report.migratedFrom} til ${report.migratedTo}`);
		}
		return 0;
	} catch (error) {
		if (error instanceof BackupError) {
			console.error(error.message);
			return error.exitCode;
		}
		throw error;
	} finally {
		await handle?.close();
	}
}

runCli(main, USAGE);
