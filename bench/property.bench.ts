import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { registerTable, type ExportBuilding } from '../src/lib/buildings/register-table';
import { createRandom, type Random } from '../src/lib/buildings/sample/prng';
import {
	BUILDING_CATEGORIES,
	DEFAULT_CAPACITY_UNIT,
	VALUATION_METHODS,
	type BuildingAttributes,
	type BuildingCategory,
	type BuildingSummary,
	type CapacityUnit,
	type ConditionGrade,
	type OldMunicipality
} from '../src/lib/buildings/types';
import { aggregate } from '../src/lib/efficiency/aggregate';
import { efficiencyOverview, type AreaKey } from '../src/lib/efficiency/overview';
import { CANONICAL_SRID, converter, WGS84_SRID } from '../src/lib/geometry/crs';
import { commitImport, planImport } from '../src/lib/server/buildings/import-buildings';
import { listBuildings } from '../src/lib/server/buildings/read-buildings';
import { readTableFile, type TableFile } from '../src/lib/server/buildings/read-table-file';
import { writeTableFile } from '../src/lib/server/buildings/write-table-file';
import type { DatabaseHandle } from '../src/lib/server/db/handle';
import { openPglite } from '../src/lib/server/db/open-pglite';
import { openPostgres } from '../src/lib/server/db/open-postgres';
import { queryRows } from '../src/lib/server/db/rows';
import { measure, printTable, type Result } from './lib/measure';
import { envCount } from './lib/env-count';

/**
 * The property issue's two targets. (1) Importing a 10 000-row XLSX register takes < 10 s:
 * the file is generated here (seeded, so every run reads the same bytes), written with
 * writeTableFile, then read, dry-run and committed into an empty migrated database, and
 * imported a second time unchanged. (2) Efficiency figures for 10 000 buildings over 50
 * zones take < 200 ms: the buildings as listBuildings loads them, grouped by a 10 × 5 grid
 * (zones are not in the schema yet), through aggregate() and efficiencyOverview(). Both on
 * PGlite (a temporary folder) and, with DATABASE_URL, on a throwaway PostgreSQL database.
 */

const serverUrl = process.env.DATABASE_URL?.trim();
const ROWS = envCount('BENCH_PROPERTY_ROWS', 10_000);
/** Runs of each import scenario; each first import starts from an emptied table. */
const IMPORT_RUNS = envCount('BENCH_PROPERTY_IMPORT_RUNS', 3);
/** Runs of each aggregation row (and of listBuildings). */
const AGGREGATE_RUNS = envCount('BENCH_PROPERTY_AGGREGATE_RUNS', 10);
const IMPORT_TARGET_MS = 10_000;
const AGGREGATE_TARGET_MS = 200;
const FILE_NAME = 'bench-bygg.xlsx';
/** A fixed date, so `source` and every building's hash are the same in every run. */
const TODAY = new Date('2026-11-27T12:00:00Z');

/** Roughly the three old municipalities in EPSG:25832; the zones are a 10 × 5 grid over it. */
const BBOX = { minX: 560_000, maxX: 600_000, minY: 6_600_000, maxY: 6_650_000 };
const ZONE_COLUMNS = 10;
const ZONE_ROWS = 5;

const IMPORT_BASELINE = 'PGlite: first import, read + commit';
const AGGREGATE_BASELINE = 'PGlite: listBuildings';

// ---------------------------------------------------------------------------------------
// The register file

/** Shares of the categories in a municipal portfolio: many dwellings, schools, kindergartens. */
const CATEGORY_WEIGHTS: Record<BuildingCategory, number> = {
	school: 12,
	kindergarten: 15,
	nursing_home: 4,
	health: 5,
	administration: 8,
	culture: 5,
	sport: 6,
	housing: 40,
	technical: 5
};
/** m² BTA per category: [min, max). */
const BTA_RANGE: Record<BuildingCategory, [number, number]> = {
	school: [2_000, 12_000],
	kindergarten: [400, 1_800],
	nursing_home: [3_000, 15_000],
	health: [300, 4_000],
	administration: [500, 10_000],
	culture: [200, 6_000],
	sport: [500, 8_000],
	housing: [60, 2_500],
	technical: [50, 1_500]
};
/** Capacity per unit: [min, max]. */
const CAPACITY_RANGE: Record<CapacityUnit, [number, number]> = {
	pupils: [80, 800],
	children: [30, 150],
	places: [4, 140],
	workplaces: [5, 300]
};

const round = (n: number, decimals: number) => Math.round(n * 10 ** decimals) / 10 ** decimals;

/** Asker in the north-east, Hurum in the south-west, Røyken between (close enough here). */
function municipalityAt(x: number, y: number): OldMunicipality {
	if (y > 6_628_000 && x > 570_000) return '0220';
	return x + (y - 6_600_000) * 0.5 > 585_000 ? '0627' : '0628';
}

function attributesFor(i: number, x: number, y: number, random: Random): BuildingAttributes {
	const category = BUILDING_CATEGORIES[
		random.weighted(BUILDING_CATEGORIES.map((c) => CATEGORY_WEIGHTS[c]))
	] as BuildingCategory;
	const [minBta, maxBta] = BTA_RANGE[category];
	const bta = round(random.uniform(minBta, maxBta), 1);
	const unit = DEFAULT_CAPACITY_UNIT[category];
	const capacity = unit && random.chance(0.9) ? random.int(...CAPACITY_RANGE[unit]) : null;
	const users = capacity !== null && random.chance(0.9) ? random.int(0, capacity) : null;
	const leased = random.chance(0.15);
	const maybe = <T>(p: number, value: () => T): T | null => (random.chance(p) ? value() : null);
	const valueYear = random.int(2015, 2025);
	return {
		buildingNumber: String(300_000_001 + i),
		name: `Bygg ${String(i + 1).padStart(5, '0')}`,
		address: maybe(0.95, () => `Benkveien ${random.int(1, 250)}`),
		gnr: random.int(1, 300),
		bnr: random.int(1, 900),
		municipality: municipalityAt(x, y),
		category,
		bta,
		bra: maybe(0.8, () => round(bta * random.uniform(0.75, 0.92), 1)),
		yearBuilt: maybe(0.9, () => random.int(1900, 2025)),
		tenure: leased ? 'leased' : 'owned',
		annualRent: leased ? Math.round(bta * random.uniform(1_200, 2_500)) : null,
		condition: maybe(0.85, () => random.int(0, 3) as ConditionGrade),
		conditionByPart: {},
		maintenanceBacklog: maybe(0.7, () => Math.round(bta * random.uniform(0, 4_000))),
		value: maybe(0.8, () => Math.round(bta * random.uniform(20_000, 45_000))),
		valueMethod: maybe(0.8, () => random.pick(VALUATION_METHODS)),
		valueDate: maybe(0.7, () => `${valueYear}-12-31`),
		annualFdvuCost: maybe(0.75, () => Math.round(bta * random.uniform(300, 900))),
		capacity,
		capacityUnit: capacity === null ? null : unit,
		users,
		source: 'bench',
		sample: false
	};
}

/** A rectangle of w × h metres centred on (x, y), turned by `angle`, as a closed ring (mm). */
function rectangle(x: number, y: number, w: number, h: number, angle: number): number[][] {
	const [c, s] = [Math.cos(angle), Math.sin(angle)];
	const corners = [
		[-w / 2, -h / 2],
		[w / 2, -h / 2],
		[w / 2, h / 2],
		[-w / 2, h / 2]
	].map(([dx, dy]) => [round(x + dx! * c - dy! * s, 3), round(y + dx! * s + dy! * c, 3)]);
	return [...corners, corners[0]!];
}

/**
 * ROWS buildings spread evenly over BBOX, as registerTable writes the register (Norwegian
 * headers, code words, TG grades). Even rows carry an EWKT footprint (as an export writes
 * it); odd rows only east/north, as a hand-made sheet would, so both the geometry parser
 * and the coordinate detection are exercised.
 */
function generateRegister(rows: number): { headers: string[]; rows: (string | number | null)[][] } {
	const random = createRandom(`property-bench:${rows}`);
	const buildings: ExportBuilding[] = [];
	for (let i = 0; i < rows; i++) {
		const x = round(random.uniform(BBOX.minX + 100, BBOX.maxX - 100), 2);
		const y = round(random.uniform(BBOX.minY + 100, BBOX.maxY - 100), 2);
		const attributes = attributesFor(i, x, y, random);
		const side = Math.sqrt(attributes.bta ?? 100) * random.uniform(0.6, 1);
		const ring = rectangle(x, y, side * 1.3, side / 1.3, random.uniform(0, Math.PI / 2));
		const ewkt =
			i % 2 === 0 ? `SRID=25832;MULTIPOLYGON(((${ring.map((p) => p.join(' ')).join(',')})))` : '';
		buildings.push({ ...attributes, ewkt, east: x, north: y });
	}
	const table = registerTable(buildings);
	// Positions only: an empty geometry cell, so the importer reads Øst/Nord instead.
	const geometryColumn = table.headers.indexOf('Geometri (EWKT)');
	for (const row of table.rows) if (row[geometryColumn] === '') row[geometryColumn] = null;
	return table;
}

// ---------------------------------------------------------------------------------------
// Timing several phases per run

interface PhaseSample {
	ms: number;
	rssMb: number;
}

/** A Result from per-run samples of one phase, in the layout measure.ts prints. */
function resultOf(label: string, samples: PhaseSample[], items: number, unit: string): Result {
	const times = samples.map((s) => s.ms);
	const medianMs = median(times);
	console.error(`  measured ${label}: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
	return {
		label,
		runs: samples.length,
		medianMs,
		minMs: Math.min(...times),
		rssMb: Math.max(...samples.map((s) => s.rssMb)),
		perSecond: items / (medianMs / 1000),
		unit
	};
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const rssMb = () => process.memoryUsage().rss / 1024 / 1024;

async function timed<T>(work: () => Promise<T>): Promise<[T, PhaseSample]> {
	const start = performance.now();
	const value = await work();
	return [value, { ms: performance.now() - start, rssMb: rssMb() }];
}

// ---------------------------------------------------------------------------------------
// 1. Import

interface ImportRun {
	read: PhaseSample;
	plan: PhaseSample;
	commit: PhaseSample;
}

/** Read, dry run and commit, each timed; checks the counts so a broken import is not timed. */
async function importOnce(
	handle: DatabaseHandle,
	bytes: Uint8Array,
	expect: 'inserted' | 'unchanged'
): Promise<ImportRun> {
	const options = { fileName: FILE_NAME, today: TODAY };
	const [table, read] = await timed(() => readTableFile(bytes, FILE_NAME));
	const [plan, planned] = await timed(() => planImport(handle.db, table, options));
	if (plan.counts[expect] !== ROWS || !plan.canCommit) {
		throw new Error(
			`dry run expected ${ROWS} ${expect}, got ${JSON.stringify(plan.counts)}, ` +
				`${plan.validation.errorCount} errors (first: ${plan.validation.problems[0]?.message})`
		);
	}
	const [result, commit] = await timed(() => commitImport(handle.db, table, options));
	if (result.saved[expect].length !== ROWS) {
		throw new Error(`commit expected ${ROWS} ${expect}, got ${result.saved[expect].length}`);
	}
	return { read, plan: planned, commit };
}

async function benchImport(
	handle: DatabaseHandle,
	backend: string,
	bytes: Uint8Array
): Promise<Result[]> {
	const first: ImportRun[] = [];
	for (let run = 0; run < IMPORT_RUNS; run++) {
		// An empty table in a migrated database, as before a first import (not timed).
		await queryRows(handle.db, sql`TRUNCATE buildings RESTART IDENTITY`);
		first.push(await importOnce(handle, bytes, 'inserted'));
	}
	const again: ImportRun[] = [];
	for (let run = 0; run < IMPORT_RUNS; run++) {
		again.push(await importOnce(handle, bytes, 'unchanged'));
	}
	const sum = (runs: ImportRun[], phases: (keyof ImportRun)[]) =>
		runs.map((r) => ({
			ms: phases.reduce((total, phase) => total + r[phase].ms, 0),
			rssMb: Math.max(...phases.map((phase) => r[phase].rssMb))
		}));
	const row = (label: string, samples: PhaseSample[]) =>
		resultOf(`${backend}: ${label}`, samples, ROWS, 'rows');
	return [
		row(
			'read XLSX (readTableFile)',
			[...first, ...again].map((r) => r.read)
		),
		row('dry run, all new (planImport)', sum(first, ['plan'])),
		row('commit, all new (commitImport)', sum(first, ['commit'])),
		row('first import, read + commit', sum(first, ['read', 'commit'])),
		row('first import, read + dry run + commit', sum(first, ['read', 'plan', 'commit'])),
		row('dry run, all unchanged', sum(again, ['plan'])),
		row('commit, all unchanged', sum(again, ['commit'])),
		row('repeated import, read + commit', sum(again, ['read', 'commit']))
	];
}

// ---------------------------------------------------------------------------------------
// 2. Efficiency aggregation

const toUtm = converter(WGS84_SRID, CANONICAL_SRID);

/** Zone 1–50 on a 10 × 5 grid over BBOX, numbered row by row from the south-west. */
function zoneOf(b: BuildingSummary): number {
	const [x, y] = toUtm.forward([b.lon, b.lat]);
	const col = Math.min(
		ZONE_COLUMNS - 1,
		Math.max(0, Math.floor(((x - BBOX.minX) / (BBOX.maxX - BBOX.minX)) * ZONE_COLUMNS))
	);
	const row = Math.min(
		ZONE_ROWS - 1,
		Math.max(0, Math.floor(((y - BBOX.minY) / (BBOX.maxY - BBOX.minY)) * ZONE_ROWS))
	);
	return row * ZONE_COLUMNS + col + 1;
}

/** Inhabitants per zone: 500–5 000, fixed per zone number. */
const zonePopulation = (zone: number) => 500 + ((zone * 2_654_435_761) % 4_501);
/** Round figures near the old municipalities' populations; only that they exist matters here. */
const POPULATION: Partial<Record<AreaKey, number>> = {
	'0220': 61_500,
	'0627': 21_300,
	'0628': 9_500,
	new: 92_300
};

type Zoned = BuildingSummary & { zone: number };

/**
 * Each run is what a page would do: load the register, give every building its zone, then
 * the figures per zone and the overview. The figures are computed over the objects exactly
 * as listBuildings returned them, never over copies: those objects are slower to read than
 * copies of them (see the README), and a copy would hide that.
 */
async function benchAggregation(handle: DatabaseHandle, backend: string): Promise<Result[]> {
	const samples = { list: [], zones: [], byZone: [], overview: [], total: [] } as Record<
		'list' | 'zones' | 'byZone' | 'overview' | 'total',
		PhaseSample[]
	>;
	for (let run = 0; run < AGGREGATE_RUNS; run++) {
		const [loaded, list] = await timed(() => listBuildings(handle.db));
		if (loaded.length !== ROWS) throw new Error(`listBuildings gave ${loaded.length}, not ${ROWS}`);
		const [zoned, zones] = await timed(async () => {
			for (const b of loaded) (b as Zoned).zone = zoneOf(b);
			return loaded as Zoned[];
		});
		const [groups, byZone] = await timed(async () =>
			aggregate(zoned, { groupBy: (b) => b.zone, populationOf: zonePopulation })
		);
		if (groups.size !== ZONE_COLUMNS * ZONE_ROWS) throw new Error(`${groups.size} zones, not 50`);
		const [, overview] = await timed(async () => efficiencyOverview(loaded, POPULATION));
		samples.list.push(list);
		samples.zones.push(zones);
		samples.byZone.push(byZone);
		samples.overview.push(overview);
		samples.total.push({
			ms: list.ms + zones.ms + byZone.ms,
			rssMb: Math.max(list.rssMb, zones.rssMb, byZone.rssMb)
		});
	}
	const row = (label: string, phase: keyof typeof samples) =>
		resultOf(`${backend}: ${label}`, samples[phase], ROWS, 'buildings');
	return [
		row('listBuildings', 'list'),
		row('zone keys (lon/lat → UTM32 → grid)', 'zones'),
		row('aggregate by zone', 'byZone'),
		row('efficiencyOverview', 'overview'),
		row('listBuildings + zone keys + aggregate', 'total')
	];
}

// ---------------------------------------------------------------------------------------
// Backends

interface BackendResults {
	import: Result[];
	aggregate: Result[];
}

async function benchBackend(handle: DatabaseHandle, backend: string, bytes: Uint8Array) {
	const begin = performance.now();
	await handle.migrate();
	const results: BackendResults = {
		import: await benchImport(handle, backend, bytes),
		aggregate: await benchAggregation(handle, backend)
	};
	console.error(`  ${backend} part took ${((performance.now() - begin) / 1000).toFixed(0)} s`);
	return results;
}

async function benchPglite(bytes: Uint8Array): Promise<BackendResults> {
	const folder = mkdtempSync(join(tmpdir(), 'planbord-bench-'));
	try {
		const handle = await openPglite(join(folder, 'pglite'));
		try {
			return await benchBackend(handle, 'PGlite', bytes);
		} finally {
			await handle.close();
		}
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

async function benchPostgres(url: string, bytes: Uint8Array): Promise<BackendResults> {
	const admin = postgres(url, { max: 1, onnotice: () => {} });
	const name = `planbord_bench_${randomBytes(4).toString('hex')}`;
	const target = new URL(url);
	target.pathname = `/${name}`;
	try {
		await admin`CREATE DATABASE ${admin(name)}`;
		const handle = await openPostgres(target.toString());
		try {
			return await benchBackend(handle, 'PostgreSQL', bytes);
		} finally {
			await handle.close();
		}
	} finally {
		await admin`DROP DATABASE IF EXISTS ${admin(name)} WITH (FORCE)`;
		await admin.end({ timeout: 5 });
	}
}

function printTargets(rows: Result[], labels: string[], targetMs: number): void {
	for (const label of labels) {
		const row = rows.find((r) => r.label === label);
		if (!row) continue;
		const verdict = row.medianMs < targetMs ? 'met' : 'MISSED';
		console.log(
			`${label}: ${row.medianMs.toFixed(row.medianMs < 100 ? 1 : 0)} ms, ` +
				`${(row.medianMs / targetMs).toFixed(2)}× the ${targetMs} ms target: ${verdict}`
		);
	}
}

// ---------------------------------------------------------------------------------------

const generated = generateRegister(ROWS);
let bytes: Uint8Array = new Uint8Array();
const write = await measure(
	'write XLSX (writeTableFile)',
	async () => {
		bytes = await writeTableFile('xlsx', [{ name: 'Bygg', ...generated }]);
		return ROWS;
	},
	{ unit: 'rows' }
);
const table: TableFile = await readTableFile(bytes, FILE_NAME);
console.log(
	`File: ${ROWS.toLocaleString('en')} rows × ${table.headers.length} columns, ` +
		`${(bytes.length / 1024 / 1024).toFixed(2)} MB XLSX; half with an EWKT footprint, half east/north only`
);

const importRows: Result[] = [write];
const aggregateRows: Result[] = [];
const pglite = await benchPglite(bytes);
importRows.push(...pglite.import);
aggregateRows.push(...pglite.aggregate);
if (serverUrl) {
	try {
		const run = await benchPostgres(serverUrl, bytes);
		importRows.push(...run.import);
		aggregateRows.push(...run.aggregate);
	} catch (cause) {
		// Keep the PGlite numbers: print them below, but let the exit code show the failure.
		console.error(`PostgreSQL part failed: ${cause instanceof Error ? cause.message : cause}`);
		process.exitCode = 1;
	}
} else {
	console.log('PostgreSQL: skipped (set DATABASE_URL to include it)');
}

console.log(`\nImport of ${ROWS.toLocaleString('en')} rows (${IMPORT_RUNS} runs each)`);
printTable(importRows, IMPORT_BASELINE);
printTargets(
	importRows,
	['PGlite', 'PostgreSQL'].flatMap((b) => [
		`${b}: first import, read + commit`,
		`${b}: first import, read + dry run + commit`,
		`${b}: repeated import, read + commit`
	]),
	IMPORT_TARGET_MS
);

console.log(
	`\nEfficiency figures for ${ROWS.toLocaleString('en')} buildings, ` +
		`${ZONE_COLUMNS * ZONE_ROWS} zones (${AGGREGATE_RUNS} runs each)`
);
printTable(aggregateRows, AGGREGATE_BASELINE);
printTargets(
	aggregateRows,
	['PGlite', 'PostgreSQL'].flatMap((b) => [
		`${b}: aggregate by zone`,
		`${b}: efficiencyOverview`,
		`${b}: listBuildings + zone keys + aggregate`
	]),
	AGGREGATE_TARGET_MS
);
