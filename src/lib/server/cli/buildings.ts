import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import type { ColumnMapping } from '$lib/buildings/import/column-mapping';
import { databaseConfigFromEnv } from '../db/config';
import type { DatabaseHandle } from '../db/handle';
import { runCli, UsageError, withDatabase } from './run-cli';
import { exportEfficiencyReport, exportRegister } from '../buildings/export-register';
import { commitImport, planImport, type ImportPlan } from '../buildings/import-buildings';
import { readTableFile } from '../buildings/read-table-file';

/*
 * `npm run buildings -- <command>` for scheduled use (FDVU systems export nightly); exit
 * codes as in run-cli.ts (1: the file has errors and nothing was written).
 */
const USAGE = `Bruk:
  npm run buildings -- import <fil.xlsx|csv|geojson> [--dry-run] [--mapping <kolonner.json>]
  npm run buildings -- report --out <fil.xlsx|csv>
  npm run buildings -- export --out <fil.xlsx|csv>`;

async function main(argv: string[]): Promise<number> {
	const { positionals, values } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			'dry-run': { type: 'boolean', default: false },
			mapping: { type: 'string' },
			out: { type: 'string' }
		}
	});
	const [command, file] = positionals;
	if (command === 'import' && file) return runImport(file, values['dry-run'], values.mapping);
	if ((command === 'report' || command === 'export') && values.out) {
		return runExport(command, values.out);
	}
	throw new UsageError(USAGE);
}

async function runImport(file: string, dryRun: boolean, mappingFile?: string): Promise<number> {
	const fileName = basename(file);
	const table = await readTableFile(readFileSync(file), fileName);
	const mapping = mappingFile
		? (JSON.parse(readFileSync(mappingFile, 'utf8')) as ColumnMapping)
		: undefined;
	return withDatabase(databaseConfigFromEnv(process.env), async (handle) => {
		const plan = dryRun
			? await planImport(handle.db, table, { fileName, mapping })
			: await commitOrPlan(handle, table, fileName, mapping);
		printPlan(plan);
		if (!plan.canCommit) {
			console.log('Ingenting er lagret: rett feilene og kjør på nytt.');
			return 1;
		}
		console.log(dryRun ? 'Prøvekjøring: ingenting er lagret.' : 'Lagret.');
		return 0;
	});
}

/** Commits a clean file; a file with errors is only planned, so its problems print. */
async function commitOrPlan(
	handle: DatabaseHandle,
	table: Awaited<ReturnType<typeof readTableFile>>,
	fileName: string,
	mapping?: ColumnMapping
): Promise<ImportPlan> {
	const plan = await planImport(handle.db, table, { fileName, mapping });
	if (!plan.canCommit) return plan;
	return (await commitImport(handle.db, table, { fileName, mapping })).plan;
}

function printPlan(plan: ImportPlan): void {
	const { validation, counts } = plan;
	console.log(
		`${plan.fileName}${plan.sheetName ? ` (ark ${plan.sheetName})` : ''}: ${validation.rows.length} rader, ` +
			`${counts.inserted} nye, ${counts.updated} endret, ${counts.unchanged} uendret`
	);
	for (const { note, rows } of validation.coordinateNotes)
		console.log(`Koordinater: ${note} (${rows} rader)`);
	const problems = [...validation.problems, ...plan.registerProblems];
	for (const p of problems) {
		const where = `rad ${p.rowNumber}${p.column ? `, kolonne «${p.column}»` : ''}`;
		console.log(`${p.severity === 'error' ? 'FEIL' : 'Advarsel'} ${where}: ${p.message}`);
	}
	const errors = problems.filter((p) => p.severity === 'error').length;
	console.log(`${errors} feil, ${problems.length - errors} advarsler`);
}

async function runExport(command: 'report' | 'export', out: string): Promise<number> {
	const format = extname(out).toLowerCase().slice(1);
	if (format !== 'xlsx' && format !== 'csv')
		throw new UsageError(`${out}: bruk .xlsx eller .csv\n${USAGE}`);
	return withDatabase(databaseConfigFromEnv(process.env), async (handle) => {
		const bytes =
			command === 'report'
				? await exportEfficiencyReport(handle.db, format)
				: await exportRegister(handle.db, format);
		writeFileSync(out, bytes);
		console.log(`Skrev ${out} (${bytes.length} byte)`);
		return 0;
	});
}

runCli(main, USAGE);
