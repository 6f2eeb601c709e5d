import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { TIME_BOUND_MS } from '../src/lib/formats/fuzz/check-outcome';
import type { SeedFile } from '../src/lib/formats/fuzz/fuzz-case';
import { tableTarget } from '../src/lib/formats/fuzz/table-target';
import {
	geoJsonTarget,
	gmlTarget,
	readPlanFileTarget,
	sosiTarget,
	zonesTarget,
	type FuzzTarget
} from '../src/lib/formats/fuzz/targets';
import { urlTarget } from '../src/lib/formats/fuzz/url-target';
import { writePlanGeoJson } from '../src/lib/formats/geojson/plan';
import { makePlan } from '../src/lib/formats/gml/fixtures/make-plan';
import { createZones } from '../src/lib/formats/zones/fixtures/make-zones';
import { writeZonesGeoJson } from '../src/lib/formats/zones/write-zones-geojson';
import { writeZonesGeoPackage } from '../src/lib/formats/zones/write-zones-geopackage';
import { readTableFile } from '../src/lib/server/buildings/read-table-file';
import { writeTableFile } from '../src/lib/server/buildings/write-table-file';
import { envCount } from './lib/env-count';
import { printAligned } from './lib/table';

/**
 * Issue 7 item 7, the long run: the properties of the *.fuzz.test.ts files (a reader returns
 * data or throws a PlanbordError with a reason, each input within 2 s; parseMapUrl never
 * throws and keeps its invariants) with many more inputs and a random seed. Findings are
 * counted and the first few printed instead of stopping the run. Set BENCH_FUZZ_RUNS (inputs
 * per reader, split evenly over its generators) and BENCH_FUZZ_SEED to replay a run.
 */

const RUNS = envCount('BENCH_FUZZ_RUNS', 20_000);
const SEED = process.env.BENCH_FUZZ_SEED
	? Number(process.env.BENCH_FUZZ_SEED)
	: Math.floor(Math.random() * 2 ** 31);
/** Findings printed per reader; the rest are only counted. */
const SHOW_FINDINGS = 3;

function seedFiles(folder: string, extensions: string[]): SeedFile[] {
	return readdirSync(folder)
		.filter((name) => extensions.some((e) => name.endsWith(e)))
		.sort()
		.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(folder, name))) }));
}

const plans = 'geodata/plans';
const sosiSeeds = [
	...seedFiles(plans, ['.sos']),
	...seedFiles('src/lib/formats/sosi/fixtures', ['.sos'])
];
const gmlSeeds = [
	...seedFiles(plans, ['.gml']),
	...seedFiles('src/lib/formats/gml/fixtures', ['.gml']),
	...seedFiles('src/lib/formats/gml/fixtures/broken', ['.gml'])
];
const geoJsonSeeds = [
	...seedFiles(plans, ['.geojson']),
	{ name: 'demo.geojson', bytes: new TextEncoder().encode(writePlanGeoJson(makePlan())) }
];
const zoneSeeds = [
	{
		name: 'soner.geojson',
		bytes: new TextEncoder().encode(writeZonesGeoJson(createZones(), { crs: 25832 }))
	},
	{ name: 'soner.gpkg', bytes: await writeZonesGeoPackage(createZones()) }
];
const sheet = {
	name: 'Bygg',
	headers: ['Bygningsnr', 'Navn', 'Kommune', 'Kategori', 'BTA (m²)', 'X', 'Y'],
	rows: [
		['80012345', 'Hval skole', 'Røyken', 'skole', 4250.5, 580000, 6633000],
		['80012346', 'Tofte; omsorgssenter', 'Hurum', 'sykehjem', 3100, 581000, 6634000]
	]
};
const tableSeeds = [
	...seedFiles('src/lib/buildings/import/fixtures', ['.csv']),
	{ name: 'bygg.csv', bytes: await writeTableFile('csv', [sheet]) },
	{ name: 'bygg.xlsx', bytes: await writeTableFile('xlsx', [sheet]) }
];

const targets: FuzzTarget<never>[] = [
	sosiTarget(sosiSeeds),
	gmlTarget(gmlSeeds),
	geoJsonTarget(geoJsonSeeds),
	readPlanFileTarget([...sosiSeeds.slice(0, 2), ...gmlSeeds.slice(0, 2), ...geoJsonSeeds]),
	zonesTarget(zoneSeeds),
	tableTarget(readTableFile, tableSeeds),
	urlTarget()
] as FuzzTarget<never>[];

interface Tally {
	tried: number;
	data: number;
	errors: number;
	findings: number;
	slow: number;
	slowestMs: number;
	seconds: number;
	shown: string[];
}

async function fuzz<I>(target: FuzzTarget<I>): Promise<Tally> {
	const tally: Tally = {
		tried: 0,
		data: 0,
		errors: 0,
		findings: 0,
		slow: 0,
		slowestMs: 0,
		seconds: 0,
		shown: []
	};
	const start = performance.now();
	for (const generator of target.generators) {
		const numRuns = Math.max(1, Math.round(RUNS / target.generators.length));
		// The property always holds here: outcomes are tallied, so one finding does not stop the run.
		await fc.assert(
			fc.asyncProperty(generator.inputs, async (input) => {
				const outcome = await target.run(input);
				tally.tried++;
				tally.slowestMs = Math.max(tally.slowestMs, outcome.ms);
				if (outcome.ms > TIME_BOUND_MS) tally.slow++;
				if (outcome.kind === 'data') tally.data++;
				else if (outcome.kind === 'error') tally.errors++;
				else {
					tally.findings++;
					if (tally.shown.length < SHOW_FINDINGS) {
						const error = outcome.error;
						const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
						const shown = fc.stringify(input);
						tally.shown.push(`${generator.name}: ${text}\n    input: ${shown.slice(0, 400)}`);
					}
				}
			}),
			{ seed: SEED, numRuns }
		);
	}
	tally.seconds = (performance.now() - start) / 1000;
	return tally;
}

console.log(`Fuzz: ${RUNS} inputs per reader, seed ${SEED} (replay: BENCH_FUZZ_SEED=${SEED})`);
const rows: string[][] = [];
const findings: string[] = [];
for (const target of targets) {
	const t = await fuzz(target);
	console.error(`fuzzed ${target.name}: ${t.tried} inputs in ${t.seconds.toFixed(1)} s`);
	rows.push([
		target.name,
		String(t.tried),
		String(t.data),
		String(t.errors),
		String(t.findings),
		String(t.slow),
		(t.tried / t.seconds).toFixed(0),
		t.slowestMs.toFixed(1)
	]);
	for (const shown of t.shown) findings.push(`${target.name} ${shown}`);
}
printAligned(
	[
		'reader',
		'inputs',
		'data',
		'clear error',
		'findings',
		`> ${TIME_BOUND_MS} ms`,
		'inputs/s',
		'slowest ms'
	],
	rows
);
if (findings.length > 0)
	console.log(`\nFindings (first ${SHOW_FINDINGS} per reader):\n${findings.join('\n')}`);
