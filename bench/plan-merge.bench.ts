import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Paths64 } from 'clipper2-ts';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { createRandom } from '../src/lib/buildings/sample/prng';
import { harmoniseCode, harmoniseStatus } from '../src/lib/codelists/harmonise-code';
import { writePlanGeoJson } from '../src/lib/formats/geojson/plan';
import { writeNpadGml } from '../src/lib/formats/gml/write';
import { writeSosi } from '../src/lib/formats/sosi/write';
import { fillHoles } from '../src/lib/geometry/fill-holes';
import { toUtm32 } from '../src/lib/geometry/reproject';
import { assumeCrs } from '../src/lib/geometry/types';
import { mergePlans } from '../src/lib/merge/merge-plans';
import type { MergeInput, MergeResult } from '../src/lib/merge/types';
import { buildMosaic, type PlacedCentre } from '../src/lib/plans/sample/build-mosaic';
import { AREA_DEFECTS, SEAM_DEFECTS } from '../src/lib/plans/sample/defect-sites';
import type { DraftPlan } from '../src/lib/plans/sample/draft-plan';
import { toArea } from '../src/lib/plans/sample/geometry-paths';
import { joinSeams } from '../src/lib/plans/sample/join-seams';
import { toLocal } from '../src/lib/plans/sample/local-frame';
import { localFromLonLat } from '../src/lib/plans/sample/lon-lat';
import { makeZones } from '../src/lib/plans/sample/make-zones';
import { placeIsland, type IslandSpec } from '../src/lib/plans/sample/place-island';
import { PROFILES, type MunicipalityProfile } from '../src/lib/plans/sample/profiles';
import { reprojectSamplePlan } from '../src/lib/plans/sample/reproject-sample-plan';
import { seedAreaDefect } from '../src/lib/plans/sample/seed-area-defect';
import { seedSeamDefect } from '../src/lib/plans/sample/seed-seam-defect';
import { toPlanDocument } from '../src/lib/plans/sample/to-plan-document';
import { ZONE_SITES } from '../src/lib/plans/sample/zone-sites';
import type { PlanDocument } from '../src/lib/plans/types';
import type { DatabaseHandle } from '../src/lib/server/db/handle';
import { openPglite } from '../src/lib/server/db/open-pglite';
import { openPostgres } from '../src/lib/server/db/open-postgres';
import { queryRows } from '../src/lib/server/db/rows';
import { seedMunicipalities } from '../src/lib/server/municipalities/seed-municipalities';
import { exportPlan } from '../src/lib/server/plans/export-plan';
import { importPlans } from '../src/lib/server/plans/import-plans';
import { getPlan } from '../src/lib/server/plans/read-plans';
import { readPlanFeatures } from '../src/lib/server/plans/read-plan-features';
import { readTerritories } from '../src/lib/server/plans/read-territories';
import { runMerge } from '../src/lib/server/plans/run-merge';
import { mergeReportJson, mergeReportMarkdown } from '../src/lib/server/plans/write-merge-report';
import { measure, printTable, type Result } from './lib/measure';
import { envCount } from './lib/env-count';

/**
 * The plan-merge issue's target: merging three plans of about 5 000 polygons each takes
 * < 10 s end to end, report included, on both backends. The plans are made by the sample
 * generator (src/lib/plans/sample) inside the real 2019 boundaries of Asker, Røyken and
 * Hurum, with its seeded seam and area defects and islands (the lake halved until a cell
 * holds it), but with BENCH_MERGE_POLYGONS Voronoi cells a plan and no dissolving, and written as NPAD GML, SOSI and GeoJSON (UTM 33)
 * like the shipped samples. Per backend, in a fresh migrated database with the
 * municipalities seeded: import of the three files, runMerge, the report (getPlan + JSON +
 * Markdown) and the export of the merged plan in the three formats. The baseline is the pure
 * domain mergePlans on exactly the input runMerge reads, so the database's share shows.
 */

const serverUrl = process.env.DATABASE_URL?.trim();
/** Voronoi seeds a plan; pieces cut by the coast and seeded defects add a few polygons. */
const POLYGONS = envCount('BENCH_MERGE_POLYGONS', 5_000);
/** Runs of every step per backend; runs after the first start from emptied plan tables. */
const RUNS = envCount('BENCH_MERGE_RUNS', 3);
/** Runs of the in-memory mergePlans baseline. */
const BASELINE_RUNS = envCount('BENCH_MERGE_BASELINE_RUNS', 3);
const TARGET_MS = 10_000;
const BASELINE = 'mergePlans (domain, in memory)';

// ---------------------------------------------------------------------------------------
// The three plans

type Municipality = MunicipalityProfile['municipality'];

/** Røyken's islands as buildSamplePlans places them (its ISLANDS list is not exported). */
const ISLANDS: readonly IslandSpec[] = [
	{
		id: 'D13',
		municipality: '0627',
		host: '5100',
		code: '6600',
		name: 'A lake',
		radius: 230,
		stretch: 1.7
	},
	{
		id: 'D14',
		municipality: '0627',
		host: '5100',
		code: '1400',
		name: 'A sports ground',
		radius: 110,
		stretch: 1.3
	}
];

function readCollection(path: string): FeatureCollection {
	return JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
}

function boundaryOf(collection: FeatureCollection, code: string) {
	const feature = collection.features.find((f) => f.properties?.kommunenummer === code);
	if (!feature) throw new Error(`no ${code} in the boundary file`);
	return toUtm32(assumeCrs(feature.geometry as Polygon | MultiPolygon, 4326));
}

/**
 * buildSamplePlans with `cells` seeds a plan and dissolve 0 (its profiles are fixed, so
 * its steps are called here in its order): mosaic, seam defects, area defects, islands,
 * shared vertices along shared borders, hensynssoner, documents. Not the zone written into
 * two plans (its helper is private to build-sample-plans.ts).
 */
const islandNotes: string[] = [];

function buildPlans(cells: number): { profile: MunicipalityProfile; document: PlanDocument }[] {
	const old = readCollection('geodata/municipalities/kommuner_2019_0220_0627_0628_csmaps.geojson');
	const land = toArea(
		boundaryOf(
			readCollection('geodata/municipalities/kommune_3025_asker_2020_robhop.geojson'),
			'3025'
		)
	);
	const profiles = PROFILES.map((p) => ({ ...p, cells, dissolve: 0 }));
	const originals = Object.fromEntries(
		profiles.map((p) => [p.municipality, toArea(boundaryOf(old, p.municipality))])
	) as Record<Municipality, Paths64>;
	const centres = Object.fromEntries(
		profiles.map((p) => [
			p.municipality,
			p.centres.map((c): PlacedCentre => ({
				name: c.name,
				point: localFromLonLat([c.lon, c.lat]),
				radius: c.radius,
				kind: c.kind
			}))
		])
	) as Record<Municipality, PlacedCentre[]>;
	const drafts = Object.fromEntries(
		profiles.map((p) => [
			p.municipality,
			buildMosaic(p, originals[p.municipality], land, centres[p.municipality])
		])
	) as Record<Municipality, DraftPlan>;
	const points = [];
	for (const site of SEAM_DEFECTS) {
		const { plan, defect } = seedSeamDefect(drafts[site.plan], originals[site.plan], site);
		drafts[site.plan] = plan;
		points.push(defect.point);
	}
	for (const site of AREA_DEFECTS) {
		const { plan, defect } = seedAreaDefect(drafts[site.plan], site);
		drafts[site.plan] = plan;
		points.push(defect.point);
	}
	const islands = new Map<string, ReturnType<typeof toLocal>>();
	for (const spec of ISLANDS) {
		const m = spec.municipality as Municipality;
		const avoid = [...points.map((p) => toLocal(p)), ...islands.values()];
		// Cells this small cannot hold the shipped 230 m lake: halve the radius until one does.
		for (let radius = spec.radius; ; radius = Math.floor(radius / 2)) {
			try {
				const placed = placeIsland(
					drafts[m],
					{ ...spec, radius },
					createRandom(`${m}:${spec.id}`),
					avoid
				);
				drafts[m] = placed.plan;
				islands.set(spec.id, placed.centre);
				if (radius !== spec.radius) islandNotes.push(`${spec.id} ${spec.name} r = ${radius} m`);
				break;
			} catch (cause) {
				if (radius < 10 || !(cause instanceof RangeError)) throw cause;
			}
		}
	}
	const joined = joinSeams(profiles.map((p) => drafts[p.municipality]));
	return profiles.map((profile, i) => {
		const m = profile.municipality;
		const draft = joined[i] as DraftPlan;
		const zones = makeZones(draft, ZONE_SITES[m], centres[m], islands, createRandom(`${m}:zones`));
		return { profile, document: toPlanDocument(profile, draft, zones).document };
	});
}

/** As scripts/generate-plans writes the samples: GML, SOSI in mm, GeoJSON in UTM 33. */
function writePlan(profile: MunicipalityProfile, document: PlanDocument): Uint8Array {
	const encode = (text: string) => new TextEncoder().encode(text);
	switch (profile.format) {
		case 'gml':
			return encode(writeNpadGml(document, { updatedAt: new Date('2026-11-27T12:00:00Z') }));
		case 'sosi':
			return writeSosi(document, { charset: 'ISO8859-10', unit: 0.001 });
		case 'geojson':
			return encode(`${writePlanGeoJson(reprojectSamplePlan(document, profile.writtenSrid))}\n`);
	}
}

const generateStart = performance.now();
const plans = buildPlans(POLYGONS);
const generateMs = performance.now() - generateStart;
const writeRows: Result[] = [];
const files: { fileName: string; bytes: Uint8Array }[] = [];
for (const { profile, document } of plans) {
	let bytes: Uint8Array = new Uint8Array();
	writeRows.push(
		await measure(
			`write ${profile.formatName} (${profile.file})`,
			async () => {
				bytes = writePlan(profile, document);
				return document.features.length;
			},
			{ unit: 'features' }
		)
	);
	files.push({ fileName: profile.file, bytes });
}
const landuseCount = (d: PlanDocument) =>
	d.features.filter((f) => f.properties.kind === 'landuse').length;
const sourceLanduse = plans.reduce((sum, p) => sum + landuseCount(p.document), 0);
console.log(
	`Plans (${POLYGONS} Voronoi seeds each, generated in ${(generateMs / 1000).toFixed(1)} s):`
);
if (islandNotes.length > 0) console.log(`  islands made smaller to fit: ${islandNotes.join(', ')}`);
for (const [i, { profile, document }] of plans.entries()) {
	const zones = document.features.filter((f) => f.properties.kind === 'zone').length;
	console.log(
		`  ${profile.municipality} ${profile.municipalityName}: ${landuseCount(document)} land use + ${zones} zones + 1 plan area, ` +
			`${profile.file} ${(files[i]!.bytes.length / 1024 / 1024).toFixed(1)} MB (${profile.formatName}, EPSG:${profile.writtenSrid})`
	);
}

// ---------------------------------------------------------------------------------------
// Timing the steps

interface Sample {
	ms: number;
	rssMb: number;
}

const rssMb = () => process.memoryUsage().rss / 1024 / 1024;

async function timed<T>(work: () => Promise<T>): Promise<[T, Sample]> {
	const start = performance.now();
	const value = await work();
	return [value, { ms: performance.now() - start, rssMb: rssMb() }];
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function resultOf(label: string, samples: Sample[], items?: number, unit = 'polygons'): Result {
	const times = samples.map((s) => s.ms);
	const medianMs = median(times);
	console.error(`  measured ${label}: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
	return {
		label,
		runs: samples.length,
		medianMs,
		minMs: Math.min(...times),
		rssMb: Math.max(...samples.map((s) => s.rssMb)),
		perSecond: items === undefined ? undefined : items / (medianMs / 1000),
		unit
	};
}

const sum = (...parts: Sample[]): Sample => ({
	ms: parts.reduce((total, p) => total + p.ms, 0),
	rssMb: Math.max(...parts.map((p) => p.rssMb))
});

interface RunSamples {
	import: Sample;
	merge: Sample;
	report: Sample;
	sosi: Sample;
	gml: Sample;
	geojson: Sample;
}

interface Facts {
	mergedFeatures: number;
	conflicts: number;
	byType: Record<string, number>;
	imbalanceM2: number;
	imbalancePerKm2: number;
	validationProblems: number;
	sizes: Record<'json' | 'markdown' | 'sosi' | 'gml' | 'geojson', number>;
}

async function oneRun(db: DatabaseHandle['db']): Promise<{ samples: RunSamples; facts: Facts }> {
	const [imported, importSample] = await timed(() => importPlans(db, files));
	if (imported.some((p) => p.unchanged)) throw new Error('import found the plans already stored');
	const [summary, merge] = await timed(() => runMerge(db));
	const [report, reportSample] = await timed(async () => {
		const plan = await getPlan(db, summary.id);
		return { plan, json: mergeReportJson(plan), markdown: mergeReportMarkdown(plan) };
	});
	const exported = {} as Record<'sosi' | 'gml' | 'geojson', { sample: Sample; size: number }>;
	for (const format of ['sosi', 'gml', 'geojson'] as const) {
		const [file, sample] = await timed(() => exportPlan(db, summary.id, format));
		exported[format] = {
			sample,
			size: typeof file.body === 'string' ? Buffer.byteLength(file.body) : file.body.length
		};
	}
	const byType: Record<string, number> = {};
	for (const issue of report.plan.issues) byType[issue.type] = (byType[issue.type] ?? 0) + 1;
	return {
		samples: {
			import: importSample,
			merge,
			report: reportSample,
			sosi: exported.sosi.sample,
			gml: exported.gml.sample,
			geojson: exported.geojson.sample
		},
		facts: {
			mergedFeatures: summary.featureCount,
			conflicts: summary.conflictCount,
			byType,
			imbalanceM2: report.plan.report?.account.imbalance ?? NaN,
			imbalancePerKm2: summary.imbalancePerKm2,
			validationProblems: imported.reduce((total, p) => total + p.problemCount, 0),
			sizes: {
				json: Buffer.byteLength(report.json),
				markdown: Buffer.byteLength(report.markdown),
				sosi: exported.sosi.size,
				gml: exported.gml.size,
				geojson: exported.geojson.size
			}
		}
	};
}

/** The input runMerge builds, read the same way (territories and stored source features). */
async function mergeInputOf(db: DatabaseHandle['db']): Promise<MergeInput> {
	const territories = await readTerritories(db);
	const sources = await queryRows<{
		id: number;
		municipality: string;
		plan_id: string;
		name: string;
	}>(
		db,
		sql`SELECT id, municipality, plan_id, name FROM plans WHERE role = 'source' ORDER BY municipality`
	);
	const input: MergeInput['plans'] = [];
	for (const s of sources) {
		const stored = await readPlanFeatures(db, s.id);
		input.push({
			municipality: s.municipality,
			planId: s.plan_id,
			name: s.name,
			features: stored.map((f) => f.feature)
		});
	}
	return {
		plans: input,
		territories: Object.fromEntries(territories.old.map((t) => [t.number, t.geometry])),
		boundary: fillHoles(territories.merged.geometry)
	};
}

function mergeInMemory(input: MergeInput): MergeResult {
	return mergePlans(input, {
		identity: {
			municipality: '3025',
			planId: '3025KPA2020',
			name: 'Kommuneplanens arealdel for Asker – foreløpig (ytelsestest)',
			status: 'foreløpig'
		},
		harmonise: harmoniseCode,
		harmoniseStatus: (status) => harmoniseStatus(status, 'pbl2008')
	});
}

interface BackendResults {
	rows: Result[];
	facts: Facts;
	input?: MergeInput;
}

async function benchBackend(handle: DatabaseHandle, backend: string, keepInput: boolean) {
	const begin = performance.now();
	await handle.migrate();
	await seedMunicipalities(handle.db, 'geodata/municipalities');
	const runs: (RunSamples & { read: Sample })[] = [];
	let facts: Facts | undefined;
	let input: MergeInput | undefined;
	for (let run = 0; run < RUNS; run++) {
		// Runs after the first start from emptied plan tables in the same database (not timed).
		if (run > 0) await queryRows(handle.db, sql`TRUNCATE plans RESTART IDENTITY CASCADE`);
		const result = await oneRun(handle.db);
		// What runMerge reads before mergePlans, timed apart (after the run, so not in its totals).
		const [read, readSample] = await timed(() => mergeInputOf(handle.db));
		runs.push({ ...result.samples, read: readSample });
		facts = result.facts;
		if (keepInput && run === 0) input = read;
	}
	console.error(`  ${backend} part took ${((performance.now() - begin) / 1000).toFixed(0)} s`);
	const row = (label: string, pick: (r: RunSamples & { read: Sample }) => Sample, items?: number) =>
		resultOf(`${backend}: ${label}`, runs.map(pick), items);
	const exportAll = (r: RunSamples) => sum(r.sosi, r.gml, r.geojson);
	const merged = facts!.mergedFeatures;
	const results: BackendResults = {
		rows: [
			row('import 3 files (importPlans)', (r) => r.import, sourceLanduse),
			row('merge (runMerge)', (r) => r.merge, sourceLanduse),
			row('runMerge reads alone (territories + sources)', (r) => r.read, sourceLanduse),
			row('report (getPlan + JSON + Markdown)', (r) => r.report),
			row('export SOSI', (r) => r.sosi, merged),
			row('export GML', (r) => r.gml, merged),
			row('export GeoJSON', (r) => r.geojson, merged),
			row('merge + report (target)', (r) => sum(r.merge, r.report), sourceLanduse),
			row(
				'import + merge + report + 3 exports',
				(r) => sum(r.import, r.merge, r.report, exportAll(r)),
				sourceLanduse
			)
		],
		facts: facts!,
		input
	};
	return results;
}

async function benchPglite(keepInput: boolean): Promise<BackendResults> {
	const folder = mkdtempSync(join(tmpdir(), 'planbord-bench-'));
	try {
		const handle = await openPglite(join(folder, 'pglite'));
		try {
			return await benchBackend(handle, 'PGlite', keepInput);
		} finally {
			await handle.close();
		}
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

async function benchPostgres(url: string): Promise<BackendResults> {
	const admin = postgres(url, { max: 1, onnotice: () => {} });
	const name = `planbord_bench_${randomBytes(4).toString('hex')}`;
	const target = new URL(url);
	target.pathname = `/${name}`;
	try {
		await admin`CREATE DATABASE ${admin(name)}`;
		const handle = await openPostgres(target.toString());
		try {
			return await benchBackend(handle, 'PostgreSQL', false);
		} finally {
			await handle.close();
		}
	} finally {
		await admin`DROP DATABASE IF EXISTS ${admin(name)} WITH (FORCE)`;
		await admin.end({ timeout: 5 });
	}
}

function describeFacts(backend: string, facts: Facts): string {
	const types = Object.entries(facts.byType)
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([type, count]) => `${type} ${count}`)
		.join(', ');
	const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
	return [
		`${backend}: ${facts.mergedFeatures} merged features, ${facts.conflicts} conflicts (${types}); ` +
			`${facts.validationProblems} validation problems at import`,
		`${backend}: area account imbalance ${facts.imbalanceM2.toFixed(2)} m² = ${facts.imbalancePerKm2.toFixed(4)} m²/km² (promise ≤ 1)`,
		`${backend}: report JSON ${mb(facts.sizes.json)}, Markdown ${mb(facts.sizes.markdown)}; ` +
			`export SOSI ${mb(facts.sizes.sosi)}, GML ${mb(facts.sizes.gml)}, GeoJSON ${mb(facts.sizes.geojson)}`
	].join('\n');
}

// ---------------------------------------------------------------------------------------

const rows: Result[] = [];
const factLines: string[] = [];
const pglite = await benchPglite(true);
// The baseline: the domain merge alone, on exactly what runMerge read from PGlite.
let baselineResult: MergeResult | undefined;
rows.push(
	await measure(
		BASELINE,
		async () => {
			baselineResult = mergeInMemory(pglite.input!);
			return sourceLanduse;
		},
		{ runs: BASELINE_RUNS, unit: 'polygons' }
	)
);
rows.push(...pglite.rows);
factLines.push(
	`mergePlans: ${baselineResult!.features.length + baselineResult!.zones.length} features, ` +
		`${baselineResult!.conflicts.length} conflicts, imbalance ${baselineResult!.account.imbalance.toFixed(2)} m² = ` +
		`${baselineResult!.account.imbalancePerKm2.toFixed(4)} m²/km²`,
	describeFacts('PGlite', pglite.facts)
);
if (serverUrl) {
	try {
		const run = await benchPostgres(serverUrl);
		rows.push(...run.rows);
		factLines.push(describeFacts('PostgreSQL', run.facts));
	} catch (cause) {
		// Keep the PGlite numbers: print them below, but let the exit code show the failure.
		console.error(`PostgreSQL part failed: ${cause instanceof Error ? cause.stack : cause}`);
		process.exitCode = 1;
	}
} else {
	console.log('PostgreSQL: skipped (set DATABASE_URL to include it)');
}

console.log(
	`\nMerge of 3 plans, ${sourceLanduse.toLocaleString('en')} land-use polygons in all ` +
		`(${RUNS} runs per backend, ${BASELINE_RUNS} of the baseline)`
);
printTable([...writeRows, ...rows], BASELINE);
console.log('');
for (const line of factLines) console.log(line);
for (const backend of ['PGlite', 'PostgreSQL']) {
	const row = rows.find((r) => r.label === `${backend}: merge + report (target)`);
	if (!row) continue;
	console.log(
		`${row.label}: ${(row.medianMs / 1000).toFixed(1)} s, ${(row.medianMs / TARGET_MS).toFixed(2)}× the ` +
			`${TARGET_MS / 1000} s target: ${row.medianMs < TARGET_MS ? 'met' : 'MISSED'}`
	);
}
