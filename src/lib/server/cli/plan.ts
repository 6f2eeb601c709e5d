import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { PlanFormat } from '$lib/formats/read-plan-file';
import { issueTypeText } from '$lib/i18n/plans';
import { databaseConfigFromEnv, type DatabaseConfig } from '../db/config';
import type { DatabaseHandle } from '../db/handle';
import { exportPlan } from '../plans/export-plan';
import { importPlans } from '../plans/import-plans';
import { getPlan, listPlans } from '../plans/read-plans';
import { runMerge } from '../plans/run-merge';
import { mergeReportJson, mergeReportMarkdown } from '../plans/write-merge-report';
import { runCli, UsageError, withDatabase } from './run-cli';

/*
 * `npm run plan -- <command>`: the same import, merge and export as the /plan pages, for
 * GIS staff who script these jobs. Exit codes as in run-cli.ts.
 */
const USAGE = `Bruk:
  npm run plan -- import <fil.sos|gml|geojson>… [--kommune 0220]
  npm run plan -- list
  npm run plan -- merge [--plans 1,2,3] [--sliver 5] [--min-area 1] [--out <mappe>]
  npm run plan -- merge --sample --out <mappe>
  npm run plan -- export <plan-id> --format sos|gml|geojson --out <fil>`;

const FORMATS: Record<string, PlanFormat> = {
	sos: 'sosi',
	sosi: 'sosi',
	gml: 'gml',
	geojson: 'geojson'
};

async function main(argv: string[]): Promise<number> {
	const { positionals, values } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			kommune: { type: 'string' },
			plans: { type: 'string' },
			sliver: { type: 'string' },
			'min-area': { type: 'string' },
			sample: { type: 'boolean', default: false },
			out: { type: 'string' },
			format: { type: 'string' }
		}
	});
	const [command, ...args] = positionals;
	if (command === 'import' && args.length > 0) return runImport(args, values.kommune);
	if (command === 'list') return withDatabase(configFromEnv(), printPlans);
	if (command === 'merge') {
		const request = {
			planIds: values.plans ? values.plans.split(',').map(toInteger) : undefined,
			sliverWidth: values.sliver === undefined ? undefined : toNumber(values.sliver),
			minArea: values['min-area'] === undefined ? undefined : toNumber(values['min-area'])
		};
		if (values.sample) {
			if (!values.out) throw new UsageError(`merge --sample trenger --out <mappe>\n${USAGE}`);
			return runSampleMerge(values.out, request);
		}
		return withDatabase(configFromEnv(), (h) => merge(h, request, values.out));
	}
	if (command === 'export' && args[0] && values.out) {
		const format = FORMATS[values.format ?? values.out.split('.').pop() ?? ''];
		if (!format) throw new UsageError(`--format må være sos, gml eller geojson\n${USAGE}`);
		const out = values.out;
		return withDatabase(configFromEnv(), async (h) => {
			const file = await exportPlan(h.db, toInteger(args[0]!), format);
			writeFileSync(out, file.body);
			console.log(`Skrev ${out}`);
			return 0;
		});
	}
	throw new UsageError(USAGE);
}

async function runImport(files: string[], municipality?: string): Promise<number> {
	const uploads = files.map((file) => ({
		fileName: basename(file),
		bytes: readFileSync(file),
		municipality
	}));
	return withDatabase(configFromEnv(), async (handle) => {
		for (const plan of await importPlans(handle.db, uploads)) {
			console.log(
				`${plan.fileName}: plan ${plan.id} ${plan.municipality} «${plan.name}» (${plan.format}, EPSG:${plan.sourceSrid}) ` +
					`${plan.featureCount} objekter, ${plan.problemCount} valideringsavvik${plan.unchanged ? ' – samme fil var importert fra før, ingenting endret' : ''}`
			);
			for (const note of plan.notes) console.log(`  Merknad: ${note.detail}`);
		}
		return 0;
	});
}

async function merge(
	handle: DatabaseHandle,
	request: Parameters<typeof runMerge>[1],
	out?: string
): Promise<number> {
	const summary = await runMerge(handle.db, request);
	console.log(
		`Sammenslått plan ${summary.id} «${summary.name}»: ${summary.featureCount} objekter, ${summary.conflictCount} konflikter, ` +
			`avvik i arealregnskapet ${summary.imbalancePerKm2.toFixed(4)} m²/km²`
	);
	for (const s of summary.sources)
		console.log(`  Kilde: plan ${s.id} ${s.municipality} «${s.name}»`);
	if (out) await writeMergeFiles(handle, summary.id, out);
	return 0;
}

async function writeMergeFiles(handle: DatabaseHandle, id: number, dir: string): Promise<void> {
	mkdirSync(dir, { recursive: true });
	for (const [format, name] of [
		['sosi', 'merged.sos'],
		['gml', 'merged.gml'],
		['geojson', 'merged.geojson']
	] as const) {
		writeFileSync(join(dir, name), (await exportPlan(handle.db, id, format)).body);
	}
	const details = await getPlan(handle.db, id);
	writeFileSync(join(dir, 'report.json'), mergeReportJson(details));
	writeFileSync(join(dir, 'report.md'), mergeReportMarkdown(details));
	const byType = new Map<string, number>();
	for (const issue of details.issues) byType.set(issue.type, (byType.get(issue.type) ?? 0) + 1);
	for (const [type, count] of byType) console.log(`  ${issueTypeText(type)}: ${count}`);
	console.log(`Skrev merged.sos, merged.gml, merged.geojson, report.json og report.md i ${dir}`);
}

/** A fresh embedded database with the shipped geodata (and sample plans), merged, then removed. */
async function runSampleMerge(out: string, request: Parameters<typeof runMerge>[1]) {
	const dataDir = mkdtempSync(join(tmpdir(), 'planbord-sample-'));
	try {
		return await withDatabase({ backend: 'pglite', dataDir }, (h) => merge(h, request, out));
	} finally {
		rmSync(dataDir, { recursive: true, force: true });
	}
}

async function printPlans(handle: DatabaseHandle): Promise<number> {
	for (const p of await listPlans(handle.db)) {
		console.log(
			`${p.id}\t${p.role === 'merged' ? 'sammenslått' : 'kilde'}\t${p.municipality}\t${p.planId}\t${p.featureCount} objekter\t${p.issueCount} avvik\t${p.name}`
		);
	}
	return 0;
}

function configFromEnv(): DatabaseConfig {
	return databaseConfigFromEnv(process.env);
}

function toInteger(text: string): number {
	if (!/^\d+$/.test(text.trim()))
		throw new UsageError(`«${text}» er ikke et plan-nummer\n${USAGE}`);
	return Number(text);
}

function toNumber(text: string): number {
	const value = Number(text);
	if (!Number.isFinite(value) || value < 0) throw new UsageError(`«${text}» er ikke et tall ≥ 0`);
	return value;
}

runCli(main, USAGE);
