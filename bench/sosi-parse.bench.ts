import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Position } from 'geojson';
import { createRandom } from '../src/lib/buildings/sample/prng';
import { parseSosi } from '../src/lib/formats/sosi/parse';
import { writeSosi } from '../src/lib/formats/sosi/write';
import { sampleObjectId } from '../src/lib/plans/sample/object-id';
import { sampleAttributes } from '../src/lib/plans/sample/sample-attributes';
import type { PlanDocument, PlanFeature } from '../src/lib/plans/types';
import { measure, printTable, type Result } from './lib/measure';

/**
 * The SOSI issue's target: parsing a large SOSI plan file is at least as fast as GDAL.
 * A mosaic of ~50 000 FLATE areas (a jittered grid whose neighbours share every vertex of
 * their wiggling borders, 1 in 25 cells with an island filling a hole) near E 580 000
 * N 6 630 000 (EPSG:25832) is written with writeSosi (ISO8859-10, ENHET 0.01, as real plan
 * files are), then parsed with parseSosi, and read by GDAL's SOSI driver (FYBA) from a copy
 * of the same file in a fresh folder per run (GDAL writes an index folder beside the file
 * and reuses it, which would make later runs cheaper). No database is involved.
 */

const AREAS = envCount('BENCH_SOSI_AREAS', 50_000);
/** Points inserted on every cell edge between two grid nodes (3 → 17 positions a cell ring). */
const EDGE_POINTS = envCount('BENCH_SOSI_EDGE_POINTS', 3);
const RUNS = envCount('BENCH_SOSI_RUNS', 3);
/** Metres between grid nodes. */
const CELL = 60;
/** One cell in ISLAND_EVERY has a hole, filled by an island area of its own. */
const ISLAND_EVERY = 25;
const CENTRE = { e: 580_000, n: 6_630_000 };
const PARSE_LABEL = 'Planbord parseSosi (bytes → features)';
const GDAL_FULL_LABEL = 'GDAL ogrinfo -geom=SUMMARY polygons (full read)';

function envCount(name: string, fallback: number): number {
	const raw = process.env[name]?.replaceAll('_', '').trim();
	if (!raw) return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
	return value;
}

// ---------------------------------------------------------------------------------------
// The file

const CODES = ['1110', '1130', '1300', '1600', '2010', '3001', '5100', '5110', '6001', '1400'];
const NAMES = ['Bøler', 'Ørnås', 'Åsland', 'Kjærnes', 'Grønli', 'Sætre', 'Vårli', 'Høgda'];
const DATES = { adopted: '2015-06-16', inForce: '2015-06-17', lovreferanse: 6 };

/**
 * A cols × rows grid of jittered nodes; every edge between two nodes gets EDGE_POINTS
 * points with a random sideways wiggle. An edge is built once and used by both cells it
 * separates, so the mosaic has no gaps or overlaps, as a real arealdel.
 */
function buildMosaic(cellCount: number): PlanDocument {
	const random = createRandom(`sosi-bench:${cellCount}:${EDGE_POINTS}`);
	const cols = Math.ceil(Math.sqrt(cellCount));
	const rows = Math.ceil(cellCount / cols);
	const e0 = CENTRE.e - (cols * CELL) / 2;
	const n0 = CENTRE.n - (rows * CELL) / 2;
	const onEdge = (i: number, j: number, last: number, cols: number) =>
		i === 0 || i === cols || j === 0 || j === last;
	const nodes: Position[][] = [];
	for (let j = 0; j <= rows; j++) {
		const row: Position[] = [];
		for (let i = 0; i <= cols; i++) {
			const fixed = onEdge(i, j, rows, cols);
			const jitter = () => (fixed ? 0 : random.uniform(-CELL * 0.15, CELL * 0.15));
			row.push([e0 + i * CELL + jitter(), n0 + j * CELL + jitter()]);
		}
		nodes.push(row);
	}
	const edge = (a: Position, b: Position, straight: boolean): Position[] => {
		const [dx, dy] = [b[0]! - a[0]!, b[1]! - a[1]!];
		const length = Math.hypot(dx, dy);
		const out: Position[] = [a];
		for (let k = 1; k <= EDGE_POINTS; k++) {
			const t = k / (EDGE_POINTS + 1);
			const side = straight ? 0 : random.uniform(-0.04, 0.04) * length;
			out.push([a[0]! + dx * t - (dy / length) * side, a[1]! + dy * t + (dx / length) * side]);
		}
		return out;
	};
	// horizontal[j][i]: node (i, j) → (i + 1, j); vertical[j][i]: node (i, j) → (i, j + 1).
	const horizontal = nodes.map((row, j) =>
		row.slice(0, -1).map((a, i) => edge(a, row[i + 1]!, j === 0 || j === rows))
	);
	const vertical = nodes
		.slice(0, -1)
		.map((row, j) => row.map((a, i) => edge(a, nodes[j + 1]![i]!, i === 0 || i === cols)));
	const reversed = (points: Position[], end: Position) => [end, ...points.slice(1).reverse()];

	const features: PlanFeature[] = [];
	const landuse = (rings: Position[][], code: string, index: number, name: string) => {
		const objectId = sampleObjectId('0627', 'bench-landuse', index);
		features.push({
			type: 'Feature',
			geometry: { type: 'Polygon', coordinates: rings },
			properties: {
				kind: 'landuse',
				objectType: 'KpArealformålOmråde',
				code,
				codeList: 'arealformal-2008',
				status: random.chance(0.8) ? 1 : 2,
				name,
				objectId,
				attributes: sampleAttributes('sosi', '0627', 'landuse', DATES, null, objectId)
			}
		});
	};
	let index = 0;
	let cells = 0;
	for (let j = 0; j < rows; j++) {
		for (let i = 0; i < cols && cells < cellCount; i++) {
			cells++;
			// Counter-clockwise: south edge east-bound, east edge north-bound, then back.
			const ring = [
				...horizontal[j]![i]!,
				...vertical[j]![i + 1]!,
				...reversed(horizontal[j + 1]![i]!, nodes[j + 1]![i + 1]!),
				...reversed(vertical[j]![i]!, nodes[j + 1]![i]!),
				nodes[j]![i]!
			];
			const code = CODES[random.int(0, CODES.length - 1)]!;
			const name = `${NAMES[index % NAMES.length]} ${index + 1}`;
			index++;
			if (cells % ISLAND_EVERY !== 0) {
				landuse([ring], code, index, name);
				continue;
			}
			// A small octagon around the cell's centre: a hole here, an area of its own next.
			const [ce, cn] = [e0 + (i + 0.5) * CELL, n0 + (j + 0.5) * CELL];
			const island: Position[] = [];
			for (let k = 0; k <= 8; k++) {
				const angle = ((k % 8) / 8) * 2 * Math.PI;
				island.push([ce + 8 * Math.cos(angle), cn + 8 * Math.sin(angle)]);
			}
			landuse([ring, [...island].reverse()], code, index, name);
			index++;
			landuse([island], '6600', index, `Tjern ${index}`);
		}
	}
	const outline = [
		...horizontal[0]!.flatMap((p) => p),
		...vertical.flatMap((row) => row[cols]!),
		...reversed(horizontal[rows]!.flat(), nodes[rows]![cols]!),
		...reversed(
			vertical.flatMap((row) => row[0]!),
			nodes[rows]![0]!
		),
		nodes[0]![0]!
	];
	const planAreaId = sampleObjectId('0627', 'bench-planarea', 1);
	features.unshift({
		type: 'Feature',
		geometry: { type: 'Polygon', coordinates: [outline] },
		properties: {
			kind: 'planarea',
			objectType: 'KpOmråde',
			code: null,
			codeList: 'none',
			status: null,
			name: 'Kommuneplanens arealdel for Røyken, ytelsestest',
			objectId: planAreaId,
			attributes: sampleAttributes('sosi', '0627', 'planarea', DATES, null, planAreaId)
		}
	});
	return {
		header: {
			municipality: '0627',
			planId: '2015999',
			name: 'Kommuneplanens arealdel for Røyken, ytelsestest',
			law: 'pbl2008',
			format: 'SOSI 4.5'
		},
		features,
		srid: 25832
	};
}

/** Cells so that cells + islands (one per ISLAND_EVERY cells) ≈ AREAS. */
const cellCount = Math.round((AREAS * ISLAND_EVERY) / (ISLAND_EVERY + 1));
const document = buildMosaic(cellCount);
const bytes = writeSosi(document, { charset: 'ISO8859-10' });
const flates = document.features.length;
const vertices = document.features.reduce(
	(sum, f) =>
		sum +
		(f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat())
			.map((ring) => ring.length)
			.reduce((a, b) => a + b, 0),
	0
);
const megabytes = bytes.length / 1024 / 1024;
console.log(
	`File: ${flates.toLocaleString('en')} FLATE (${(flates - 1).toLocaleString('en')} land use + 1 KpOmråde), ` +
		`${vertices.toLocaleString('en')} vertices, ${megabytes.toFixed(1)} MB SOSI 4.5, ISO8859-10, ENHET 0.01`
);

// ---------------------------------------------------------------------------------------
// Planbord

const rows: Result[] = [];
let parsedCount = 0;
rows.push(
	await measure(
		PARSE_LABEL,
		async (span) => {
			span.start();
			const result = parseSosi(bytes, { fileName: 'bench.sos' });
			span.stop();
			parsedCount = result.features.length;
			return result.features.length;
		},
		{ runs: RUNS, unit: 'features' }
	)
);
if (parsedCount !== flates)
	console.log(`parseSosi returned ${parsedCount} features, not ${flates}`);

// ---------------------------------------------------------------------------------------
// GDAL

const TIME = '/usr/bin/time';
const hasTime = !spawnSync(TIME, ['-f', '%M', 'true'], { stdio: 'ignore' }).error;
const folder = mkdtempSync(join(tmpdir(), 'planbord-bench-sosi-'));
try {
	const source = join(folder, 'bench.sos');
	writeFileSync(source, bytes);
	const version = spawnSync('ogrinfo', ['--version'], { encoding: 'utf8' });
	const ogr2ogr = spawnSync('ogr2ogr', ['--version'], { stdio: 'ignore' });
	if (version.error || version.status !== 0 || ogr2ogr.error || ogr2ogr.status !== 0) {
		console.log('GDAL: skipped (ogrinfo/ogr2ogr not found on PATH)');
	} else {
		console.log(`GDAL: ${version.stdout.trim()}`);
		const count = runInCopy(['ogrinfo', '-ro', '-so', '%F', 'polygons'], source, true).stdout;
		console.log(`GDAL polygons layer: ${/Feature Count: (\d+)/.exec(count)?.[1] ?? '?'} features`);
		const gdal = (label: string, args: string[], counts = true) =>
			rows.push(gdalRow(label, args, source, counts));
		gdal('GDAL ogrinfo --version (process start only)', ['ogrinfo', '--version'], false);
		gdal('GDAL ogrinfo -so polygons (count + extent)', ['ogrinfo', '-ro', '-so', '%F', 'polygons']);
		gdal(GDAL_FULL_LABEL, ['ogrinfo', '-ro', '-q', '-geom=SUMMARY', '%F', 'polygons']);
		gdal('GDAL ogr2ogr -f GeoJSON /vsistdout/ polygons', [
			'ogr2ogr',
			'-f',
			'GeoJSON',
			'/vsistdout/',
			'%F',
			'polygons'
		]);
	}
} finally {
	rmSync(folder, { recursive: true, force: true });
}

interface GdalRun {
	ms: number;
	/** The GDAL process's peak RSS (from /usr/bin/time), NaN without it. */
	rssMb: number;
	stdout: string;
}

/**
 * Runs a GDAL command ('%F' in args is the file) on a fresh copy of the file in a folder of
 * its own, stdout to /dev/null unless kept. Times the process from spawn to exit; the copy
 * is not timed.
 */
function runInCopy(args: string[], source: string, keepStdout = false): GdalRun {
	const copy = mkdtempSync(join(folder, 'run-'));
	try {
		const file = join(copy, 'bench.sos');
		copyFileSync(source, file);
		const rssFile = join(copy, 'rss.txt');
		const command = args.map((a) => (a === '%F' ? file : a));
		const [program, ...rest] = hasTime ? [TIME, '-f', '%M', '-o', rssFile, ...command] : command;
		const started = performance.now();
		const run = spawnSync(program!, rest, {
			cwd: copy,
			stdio: ['ignore', keepStdout ? 'pipe' : 'ignore', 'pipe'],
			encoding: 'utf8',
			maxBuffer: 1 << 26
		});
		const ms = performance.now() - started;
		if (run.error || run.status !== 0) {
			throw new Error(`${args.join(' ')} failed: ${run.error?.message ?? run.stderr}`);
		}
		const kb = hasTime ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : NaN;
		return { ms, rssMb: kb / 1024, stdout: run.stdout ?? '' };
	} finally {
		rmSync(copy, { recursive: true, force: true });
	}
}

/** RUNS runs of a GDAL command as a table row; RSS MB is GDAL's own peak, not Node's. */
function gdalRow(label: string, args: string[], source: string, counts: boolean): Result {
	const runs = Array.from({ length: RUNS }, () => runInCopy(args, source));
	const times = runs.map((r) => r.ms);
	const sorted = [...times].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	const medianMs = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
	console.error(`  measured ${label}: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
	return {
		label,
		runs: RUNS,
		medianMs,
		minMs: sorted[0]!,
		rssMb: Math.max(...runs.map((r) => r.rssMb)),
		perSecond: counts ? flates / (medianMs / 1000) : undefined,
		unit: 'features'
	};
}

// ---------------------------------------------------------------------------------------
// Report

console.log(
	`\nParse of ${flates.toLocaleString('en')} FLATE, ${megabytes.toFixed(1)} MB (${RUNS} runs each)`
);
const hasGdal = rows.some((r) => r.label === GDAL_FULL_LABEL);
printTable(rows, hasGdal ? GDAL_FULL_LABEL : PARSE_LABEL);
console.log('');
for (const row of rows.filter((r) => r.perSecond !== undefined)) {
	console.log(
		`${row.label}: median ${row.medianMs.toFixed(0)} ms, best ${row.minMs.toFixed(0)} ms; ` +
			`${Math.round(flates / (row.medianMs / 1000)).toLocaleString('en')} features/s, ` +
			`${(megabytes / (row.medianMs / 1000)).toFixed(1)} MB/s`
	);
}
const parse = rows.find((r) => r.label === PARSE_LABEL)!;
for (const gdal of rows.filter((r) => r.label.startsWith('GDAL') && r.perSecond !== undefined)) {
	const speed = gdal.medianMs / parse.medianMs;
	console.log(
		`Planbord/GDAL speed vs "${gdal.label}": ${speed.toFixed(2)}× (median), ` +
			`${(gdal.minMs / parse.minMs).toFixed(2)}× (best): ${speed >= 1 ? 'at least as fast' : 'SLOWER'}`
	);
}
