import { existsSync, readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeError } from '$lib/i18n/nb';
import { BackupError } from '../backup/backup-error';
import { writeBackup } from '../backup/write-backup';
import { databaseConfigFromEnv, type DatabaseConfig } from '../db/config';
import type { DatabaseHandle } from '../db/handle';
import { openDatabase } from '../db/open-database';
import { runCli, UsageError } from './run-cli';

/*
 * `npm run db:backup -- [--out <fil>]`: every Planbord table and the migration journal from
 * the configured database (DATABASE_URL, else the embedded one) into one gzip file that
 * `npm run db:restore` reads on either backend. Exit codes as in run-cli.ts.
 */
const USAGE = `Bruk:
  npm run db:backup -- [--out <fil.jsonl.gz>]`;

async function main(argv: string[]): Promise<number> {
	const { positionals, values } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: { out: { type: 'string' } }
	});
	if (positionals.length > 0) throw new UsageError(USAGE);
	const out = values.out ?? defaultName();
	const config = databaseConfigFromEnv(process.env);
	const missing = missingFolder(config);
	if (missing) {
		console.error(
			`Fant ingen innebygd database i ${missing}; det er ingenting å ta sikkerhetskopi av.`
		);
		return 2;
	}
	let handle: DatabaseHandle;
	try {
		// Opened as it is, not migrated or seeded: the backup records the database's own level.
		handle = await openDatabase(config);
	} catch (error) {
		console.error(describeError(error));
		return 3;
	}
	try {
		const header = await writeBackup(handle, out);
		const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
		console.log(
			`Sikkerhetskopi skrevet til ${out}: ${header.backend} (${header.source}), migreringsnivå ` +
				`${header.migration.level} (${header.migration.tag}), ${header.tables.length} tabeller, ${rows} rader`
		);
		for (const t of header.tables) console.log(`  ${t.name}: ${t.rows}`);
		return 0;
	} catch (error) {
		if (error instanceof BackupError) {
			console.error(error.message);
			return error.exitCode;
		}
		throw error;
	} finally {
		await handle.close();
	}
}

/** openPglite would create a new, empty database in a missing folder; a backup must not. */
function missingFolder(config: DatabaseConfig): string | undefined {
	if (config.backend !== 'pglite' || !config.dataDir) return undefined;
	const present = existsSync(config.dataDir) && readdirSync(config.dataDir).length > 0;
	return present ? undefined : config.dataDir;
}

function defaultName(): string {
	const stamp = new Date().toISOString().slice(0, 19).replaceAll(':', '-');
	return `planbord-backup-${stamp}Z.jsonl.gz`;
}

runCli(main, USAGE);
