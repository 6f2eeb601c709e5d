import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { VectorTile } from '@mapbox/vector-tile';
import { sql, type SQL } from 'drizzle-orm';
import { PbfReader } from 'pbf';
import postgres from 'postgres';
import type { DatabaseHandle } from '../src/lib/server/db/handle';
import { openPglite } from '../src/lib/server/db/open-pglite';
import { openPostgres } from '../src/lib/server/db/open-postgres';
import { queryRows } from '../src/lib/server/db/rows';
import { renderTile, type TileMode } from '../src/lib/server/tiles/render-tile';
import type { TileLayer } from '../src/lib/server/tiles/tile-layers';
import { tileContaining, type TileAddress } from '../src/lib/tiles/tile-address';
import { measure, printTable, type Result } from './lib/measure';
import { percentile } from './lib/percentile';
import { printAligned } from './lib/table';

/**
 * Vector-tile latency on a synthetic national-scale building layer: N rotated rectangles
 * generated inside each database, then a grid of tiles around Asker and around Oslo centre
 * at z10, z12, z14 and z16, each tile rendered and timed on its own. PostgreSQL (with
 * DATABASE_URL) runs both tile paths, native ST_AsMVT and portable SQL + JS encoder; PGlite
 * can only run the portable one. Target on PostgreSQL: p95 < 20 ms at z14, no tile > 500 kB.
 */

const serverUrl = process.env.DATABASE_URL?.trim();
const PG_BUILDINGS = envCount('BENCH_BUILDINGS', 1_000_000);
// PGlite inserts 2–2.7× and renders 2–3.6× slower than native PostgreSQL (WebAssembly, one
// process), yet at the same N its part takes ~2.5 minutes on 2 cores, and the same N means
// the very same tiles, so the backends' rows compare directly. 200000 cuts it to ~45 s.
const PGLITE_BUILDINGS = envCount('BENCH_BUILDINGS_PGLITE', 1_000_000);
/** Tiles per side of the sampled grid around each centre, so GRID² tiles per area and zoom. */
const GRID = envCount('BENCH_TILE_GRID', 5);
const ZOOMS = [10, 12, 14, 16];
const TARGET_ZOOM = 14;
const TARGET_P95_MS = 20;
const MAX_TILE_KB = 500;

/** The sampled areas; the generator puts its two dense clusters on these same points. */
const AREAS = [
	{ name: 'Oslo sentrum', lon: 10.7522, lat: 59.9139 },
	{ name: 'Asker', lon: 10.4347, lat: 59.8333 }
] as const;
type AreaName = (typeof AREAS)[number]['name'];

const BASELINE = { backend: 'PostgreSQL', mode: 'native', area: 'Oslo sentrum', z: 14 } as const;

const TABLE = 'bench_buildings';
/** Shaped like a real layer would be (tile-layers.ts): the query aliases the table as `t`. */
const LAYER: TileLayer = {
	name: 'buildings',
	table: sql.raw(TABLE),
	mercatorColumn: 'geom_3857',
	attributes: { category: sql`t.category`, bta: sql`t.bta` },
	minZoom: 10
};

interface TileSample {
	tile: TileAddress;
	ms: number;
	bytes: number;
	features: number;
}

interface TileRow {
	backend: 'PostgreSQL' | 'PGlite';
	mode: TileMode;
	area: AreaName;
	z: number;
	samples: TileSample[];
}

function envCount(name: string, fallback: number): number {
	const raw = process.env[name]?.replaceAll('_', '').trim();
	if (!raw) return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
	return value;
}

/**
 * A uniform number in (0, 1) from footprint `i` and stream `k`. Hashing the series number,
 * unlike setseed() + random(), gives every footprint the same shape on every backend,
 * PostgreSQL version and N: the first 200 000 footprints of a 1 000 000 run are exactly
 * the 200 000 of a PGlite run.
 */
function uniform(of: string, k: number): SQL {
	return sql.raw(`(((hashint8extended(${of}, ${k}) & 4294967295)::float8 + 0.5) / 4294967296)`);
}

/**
 * Inserts n footprints in one INSERT … SELECT, so no row crosses the client boundary. Every
 * tenth footprint by series number: 2 in a Gaussian cluster (σ 4 km) on Oslo centre, 1 in a
 * wider one (σ 5 km) on Asker, 5 in one of 500 towns (σ 800 m) scattered over southern
 * Norway, 2 spread evenly over that box, so most tiles away from the centres are sparse.
 * Each is a rectangle turned by 0–90°: mostly 8–30 m houses, and 2 % of 40–150 m large
 * buildings. The large ones matter: renderTile leaves out features smaller than a pixel
 * (minFeatureSize, ~38 m at z10), so without them every z10 tile would be empty.
 */
function generateFootprints(n: number): SQL {
	const [oslo, asker] = AREAS.map((a) =>
		sql.raw(`ST_Transform(ST_SetSRID(ST_MakePoint(${a.lon}, ${a.lat}), 4326), 25832)`)
	) as [SQL, SQL];
	return sql`
		INSERT INTO ${sql.raw(TABLE)} (category, bta, geom)
		SELECT (ARRAY['bolig', 'næring', 'offentlig', 'landbruk', 'annet'])[1 + floor(p.u5 * 5)::int],
			(p.w * p.h * (1 + floor(p.u6 * 4)))::real,
			ST_Rotate(ST_MakeEnvelope(p.x - p.w / 2, p.y - p.h / 2, p.x + p.w / 2, p.y + p.h / 2, 25832),
				p.u7 * pi() / 2, p.x, p.y)
		FROM (
			SELECT g.*,
				CASE WHEN g.i % 10 < 2 THEN c.ox + 4000 * g.gx
					WHEN g.i % 10 = 2 THEN c.ax + 5000 * g.gx
					WHEN g.i % 10 < 8 THEN 250000 + 450000 * ${uniform('g.town', 101)} + 800 * g.gx
					ELSE 250000 + 450000 * g.u3 END AS x,
				CASE WHEN g.i % 10 < 2 THEN c.oy + 4000 * g.gy
					WHEN g.i % 10 = 2 THEN c.ay + 5000 * g.gy
					WHEN g.i % 10 < 8 THEN 6450000 + 650000 * ${uniform('g.town', 102)} + 800 * g.gy
					ELSE 6450000 + 650000 * g.u4 END AS y
			FROM (
				SELECT r.*,
					-- Box–Muller: two independent standard normal offsets from two uniforms.
					sqrt(-2 * ln(r.u1)) * cos(2 * pi() * r.u2) AS gx,
					sqrt(-2 * ln(r.u1)) * sin(2 * pi() * r.u2) AS gy,
					-- One in fifty is a hall, school or block (40–150 m), the rest houses (8–30 m).
					CASE WHEN r.u10 < 0.02 THEN 40 + 110 * r.u8 ELSE 8 + 22 * r.u8 END AS w,
					CASE WHEN r.u10 < 0.02 THEN 40 + 110 * r.u9 ELSE 8 + 22 * r.u9 END AS h,
					(hashint8extended(r.i, 10) & 2147483647) % 500 AS town
				FROM (
					SELECT s.i, ${uniform('s.i', 1)} AS u1, ${uniform('s.i', 2)} AS u2,
						${uniform('s.i', 3)} AS u3, ${uniform('s.i', 4)} AS u4, ${uniform('s.i', 5)} AS u5,
						${uniform('s.i', 6)} AS u6, ${uniform('s.i', 7)} AS u7, ${uniform('s.i', 8)} AS u8,
						${uniform('s.i', 9)} AS u9, ${uniform('s.i', 11)} AS u10
					FROM generate_series(1::bigint, ${n}::bigint) s(i)
				) r
			) g,
			(SELECT ST_X(o) AS ox, ST_Y(o) AS oy, ST_X(a) AS ax, ST_Y(a) AS ay
				FROM (SELECT ${oslo} AS o, ${asker} AS a) pts) c
		) p`;
}

/**
 * Creates and fills the layer's table. Insert and index are timed apart: the insert is
 * what an import pays per row, the index what it pays once at the end.
 */
async function loadBuildings(handle: DatabaseHandle, label: string, n: number): Promise<Result[]> {
	await queryRows(
		handle.db,
		// geom_3857 as on buildings and plan_features (migration 0005): stored, so the
		// insert pays the transform once, as an import would.
		sql`CREATE TABLE ${sql.raw(TABLE)} (id serial PRIMARY KEY, category text NOT NULL,
			bta real NOT NULL, geom geometry(Polygon, 25832) NOT NULL,
			geom_3857 geometry(Polygon, 3857) GENERATED ALWAYS AS (ST_Transform(geom, 3857)) STORED)`
	);
	const insert = await measure(
		`${label}: insert ${n.toLocaleString('en')} footprints`,
		async () => {
			await queryRows(handle.db, generateFootprints(n));
			return n;
		},
		{ unit: 'footprints' }
	);
	const index = await measure(
		`${label}: 2 GiST indexes + ANALYZE`,
		async () => {
			await queryRows(
				handle.db,
				sql`CREATE INDEX ${sql.raw(`${TABLE}_geom`)} ON ${sql.raw(TABLE)} USING gist (geom)`
			);
			await queryRows(
				handle.db,
				sql`CREATE INDEX ${sql.raw(`${TABLE}_geom_3857`)} ON ${sql.raw(TABLE)} USING gist (geom_3857)`
			);
			await queryRows(handle.db, sql`ANALYZE ${sql.raw(TABLE)}`);
			return n;
		},
		{ unit: 'footprints' }
	);
	const [size] = await queryRows<{ mb: number }>(
		handle.db,
		sql`SELECT pg_total_relation_size(${TABLE})::float8 / 1048576 AS mb`
	);
	console.log(`${label}: ${TABLE} with indexes is ${Number(size?.mb).toFixed(0)} MB`);
	return [insert, index];
}

/** The GRID × GRID tiles centred on the tile that holds the area's centre point. */
function gridAround(lon: number, lat: number, z: number, side = GRID): TileAddress[] {
	const centre = tileContaining(lon, lat, z);
	const half = Math.floor(side / 2);
	const tiles: TileAddress[] = [];
	for (let dy = -half; dy < side - half; dy++) {
		for (let dx = -half; dx < side - half; dx++) {
			tiles.push({ z, x: centre.x + dx, y: centre.y + dy });
		}
	}
	return tiles;
}

/** Decoding is done after the clock stops: it is the client's cost, not the server's. */
function featureCount(bytes: Uint8Array): number {
	if (bytes.length === 0) return 0;
	return new VectorTile(new PbfReader(bytes)).layers[LAYER.name]?.length ?? 0;
}

async function timeTile(
	handle: DatabaseHandle,
	tile: TileAddress,
	mode: TileMode
): Promise<TileSample> {
	const start = performance.now();
	const bytes = await renderTile(handle, LAYER, tile, mode);
	const ms = performance.now() - start;
	return { tile, ms, bytes: bytes.length, features: featureCount(bytes) };
}

async function sampleTiles(
	handle: DatabaseHandle,
	backend: TileRow['backend'],
	modes: TileMode[]
): Promise<TileRow[]> {
	const rows: TileRow[] = [];
	for (const mode of modes) {
		for (const z of ZOOMS) {
			// Untimed warm-up just outside each grid: the first query of a shape pays for
			// planning and cold caches, which no tile in a running server pays again.
			for (const area of AREAS) {
				const outside = gridAround(area.lon, area.lat, z, GRID + 2)[0]!;
				await renderTile(handle, LAYER, outside, mode);
			}
			for (const area of AREAS) {
				const samples: TileSample[] = [];
				for (const tile of gridAround(area.lon, area.lat, z)) {
					samples.push(await timeTile(handle, tile, mode));
				}
				rows.push({ backend, mode, area: area.name, z, samples });
				const p95 = percentile(
					samples.map((s) => s.ms),
					95
				);
				console.error(`  tiles ${backend} ${mode} ${area.name} z${z}: p95 ${p95.toFixed(1)} ms`);
			}
		}
	}
	return rows;
}

/** Opens, uses and always closes a handle, so a failed run leaves no open database behind. */
async function using<T>(
	open: Promise<DatabaseHandle>,
	use: (h: DatabaseHandle) => Promise<T>
): Promise<T> {
	const handle = await open;
	try {
		return await use(handle);
	} finally {
		await handle.close();
	}
}

interface BackendRun {
	load: Result[];
	tiles: TileRow[];
}

async function benchPostgres(url: string): Promise<BackendRun> {
	const admin = postgres(url, { max: 1, onnotice: () => {} });
	const name = `planbord_bench_${randomBytes(4).toString('hex')}`;
	const target = new URL(url);
	target.pathname = `/${name}`;
	try {
		await admin`CREATE DATABASE ${admin(name)}`;
		return await using(openPostgres(target.toString()), async (h) => {
			await h.migrate();
			const load = await loadBuildings(h, 'PostgreSQL', PG_BUILDINGS);
			// Native first: it is the baseline, and the portable row reads against it.
			return { load, tiles: await sampleTiles(h, 'PostgreSQL', ['native', 'portable']) };
		});
	} finally {
		await admin`DROP DATABASE IF EXISTS ${admin(name)} WITH (FORCE)`;
		await admin.end({ timeout: 5 });
	}
}

async function benchPglite(): Promise<BackendRun> {
	const begin = performance.now();
	return await using(openPglite(undefined), async (h) => {
		await h.migrate();
		const load = await loadBuildings(h, 'PGlite', PGLITE_BUILDINGS);
		// PGlite's PostGIS has no protobuf, so ST_AsMVT is not there to compare with.
		const tiles = await sampleTiles(h, 'PGlite', ['portable']);
		console.error(`  PGlite part took ${((performance.now() - begin) / 1000).toFixed(0)} s`);
		return { load, tiles };
	});
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function printTiles(rows: TileRow[]): void {
	const find = (b: { backend: string; mode: string; area: string; z: number }) =>
		rows.find(
			(r) => r.backend === b.backend && r.mode === b.mode && r.area === b.area && r.z === b.z
		);
	// Without a server the PGlite row of the same area and zoom stands in, and says so.
	const baseline = find(BASELINE) ?? find({ ...BASELINE, backend: 'PGlite', mode: 'portable' });
	const baseP50 = baseline
		? percentile(
				baseline.samples.map((s) => s.ms),
				50
			)
		: NaN;
	console.log(
		baseline
			? `Baseline (1.00×): p50 of ${baseline.backend} ${baseline.mode}, ${baseline.area}, z${baseline.z}`
			: 'Baseline: not measured'
	);
	printAligned(
		[
			'backend / mode',
			'area',
			'z',
			'tiles',
			'p50 ms',
			'p95 ms',
			'max ms',
			'p50 × base',
			'features med',
			'features max',
			'kB med',
			'kB max',
			`> ${MAX_TILE_KB} kB`
		],
		rows.map((r) => {
			const ms = r.samples.map((s) => s.ms);
			const features = r.samples.map((s) => s.features);
			const bytes = r.samples.map((s) => s.bytes);
			const p50 = percentile(ms, 50);
			return [
				`${r.backend} ${r.mode}`,
				r.area,
				String(r.z),
				String(r.samples.length),
				p50.toFixed(1),
				percentile(ms, 95).toFixed(1),
				Math.max(...ms).toFixed(1),
				`${(p50 / baseP50).toFixed(2)}×`,
				String(percentile(features, 50)),
				String(Math.max(...features)),
				kb(percentile(bytes, 50)),
				kb(Math.max(...bytes)),
				String(bytes.filter((b) => b > MAX_TILE_KB * 1024).length)
			];
		}),
		3
	);
}

/** The issue's targets, read off the native rows (the portable ones where there is no server). */
function printTargets(rows: TileRow[]): void {
	for (const [backend, mode] of [
		['PostgreSQL', 'native'],
		['PostgreSQL', 'portable'],
		['PGlite', 'portable']
	] as const) {
		const own = rows.filter((r) => r.backend === backend && r.mode === mode);
		if (own.length === 0) continue;
		const atTarget = own
			.filter((r) => r.z === TARGET_ZOOM)
			.map((r) => {
				const p95 = percentile(
					r.samples.map((s) => s.ms),
					95
				);
				return `${r.area} ${p95.toFixed(1)} ms ${p95 < TARGET_P95_MS ? 'met' : 'MISSED'}`;
			});
		const all = own.flatMap((r) => r.samples);
		const over = all.filter((s) => s.bytes > MAX_TILE_KB * 1024);
		const largest = all.reduce((a, b) => (b.bytes > a.bytes ? b : a));
		const where = `${largest.tile.z}/${largest.tile.x}/${largest.tile.y}`;
		console.log(
			`${backend} ${mode}: p95 < ${TARGET_P95_MS} ms at z${TARGET_ZOOM}: ${atTarget.join(', ')}; ` +
				`tiles over ${MAX_TILE_KB} kB: ${over.length} of ${all.length} ` +
				`(largest ${kb(largest.bytes)} kB at ${where})`
		);
	}
}

const load: Result[] = [];
const tiles: TileRow[] = [];
console.log(
	`Footprints: PostgreSQL ${serverUrl ? PG_BUILDINGS.toLocaleString('en') : '– (no DATABASE_URL)'}, ` +
		`PGlite ${PGLITE_BUILDINGS.toLocaleString('en')}; ${GRID}×${GRID} tiles per area and zoom`
);
if (serverUrl) {
	try {
		const run = await benchPostgres(serverUrl);
		load.push(...run.load);
		tiles.push(...run.tiles);
	} catch (cause) {
		// Keep the PGlite numbers: print them below, but let the exit code show the failure.
		console.error(`PostgreSQL tiles failed: ${cause instanceof Error ? cause.message : cause}`);
		process.exitCode = 1;
	}
} else {
	console.log('PostgreSQL: skipped (set DATABASE_URL to include it); baseline is PGlite z14');
}
const pglite = await benchPglite();
load.push(...pglite.load);
tiles.push(...pglite.tiles);

printTable(load, load[0]!.label);
if (serverUrl && PG_BUILDINGS !== PGLITE_BUILDINGS) {
	console.log('N differs per backend: compare the load rows by throughput, not by × baseline.');
}
console.log('');
printTiles(tiles);
console.log('');
printTargets(tiles);
