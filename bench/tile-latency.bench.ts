import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { VectorTile } from '@mapbox/vector-tile';
import { sql } from 'drizzle-orm';
import { PbfReader } from 'pbf';
import postgres from 'postgres';
import type { DatabaseHandle } from '../src/lib/server/db/handle';
import { openPglite } from '../src/lib/server/db/open-pglite';
import { openPostgres } from '../src/lib/server/db/open-postgres';
import { queryRows } from '../src/lib/server/db/rows';
import { renderTile, type TileMode } from '../src/lib/server/tiles/render-tile';
import type { TileLayer } from '../src/lib/server/tiles/tile-layers';
import { tileContaining, type TileAddress } from '../src/lib/tiles/tile-address';

/**
 * Vector-tile latency on a synthetic building layer: N rectangles of 8–30 m generated inside
 * the database (40 % around Oslo centre, 20 % around Asker, 40 % over southern Norway).
 * For each zoom, 3 × 3 tiles around Oslo and Asker are rendered once to warm up and once
 * timed. Target from the map issue: PostgreSQL p95 < 20 ms at z14, no tile over 500 kB.
 */

const serverUrl = process.env.DATABASE_URL?.trim();
const N_SERVER = Number(process.env.BENCH_BUILDINGS ?? 1_000_000);
// PGlite is PostgreSQL in WebAssembly on one thread: generating a million rows there takes
// minutes, so it gets a smaller layer by default (printed beside its figures).
const N_PGLITE = Number(process.env.BENCH_BUILDINGS_PGLITE ?? 100_000);
const ZOOMS = [10, 12, 14, 16];
const CENTRES: Record<string, [number, number]> = {
	Oslo: [10.7461, 59.9127],
	Asker: [10.435, 59.835]
};

const layer: TileLayer = {
	name: 'buildings',
	table: sql`bench_buildings`,
	attributes: { category: sql`t.category`, bta: sql`t.bta` },
	minZoom: 10
};

interface Row {
	label: string;
	n: number;
	p50: number;
	p95: number;
	maxKb: number;
	medianFeatures: number;
}

async function createBuildings(handle: DatabaseHandle, n: number): Promise<number> {
	const t0 = performance.now();
	await queryRows(handle.db, sql`DROP TABLE IF EXISTS bench_buildings`);
	await queryRows(
		handle.db,
		sql`CREATE TABLE bench_buildings (id serial PRIMARY KEY, category text, bta real, geom geometry(Polygon, 25832))`
	);
	await queryRows(handle.db, sql`SELECT setseed(0.42)`);
	await queryRows(
		handle.db,
		sql`INSERT INTO bench_buildings (category, bta, geom)
			SELECT (ARRAY['skole','barnehage','sykehjem','administrasjon','kultur'])[1 + (i % 5)],
				(100 + random() * 4000)::real,
				ST_MakeEnvelope(x, y, x + 8 + random() * 22, y + 8 + random() * 22, 25832)
			FROM (
				SELECT i,
					CASE WHEN i % 10 < 4 THEN 597000 + (random() - 0.5) * 10000
						WHEN i % 10 < 6 THEN 580000 + (random() - 0.5) * 16000
						ELSE 250000 + random() * 450000 END AS x,
					CASE WHEN i % 10 < 4 THEN 6643000 + (random() - 0.5) * 10000
						WHEN i % 10 < 6 THEN 6633000 + (random() - 0.5) * 16000
						ELSE 6450000 + random() * 650000 END AS y
				FROM generate_series(1, ${n}) AS i
			) p`
	);
	await queryRows(handle.db, sql`CREATE INDEX ON bench_buildings USING gist (geom)`);
	await queryRows(handle.db, sql`ANALYZE bench_buildings`);
	return performance.now() - t0;
}

function sampleTiles(z: number): TileAddress[] {
	return Object.values(CENTRES).flatMap(([lon, lat]) => {
		const c = tileContaining(lon, lat, z);
		return [-1, 0, 1].flatMap((dx) => [-1, 0, 1].map((dy) => ({ z, x: c.x + dx, y: c.y + dy })));
	});
}

async function timeZoom(
	handle: DatabaseHandle,
	z: number,
	mode: TileMode,
	label: string,
	n: number
) {
	const times: number[] = [];
	const sizes: number[] = [];
	const features: number[] = [];
	for (const tile of sampleTiles(z)) {
		await renderTile(handle, layer, tile, mode);
		const t0 = performance.now();
		const bytes = await renderTile(handle, layer, tile, mode);
		times.push(performance.now() - t0);
		sizes.push(bytes.length / 1024);
		const decoded = bytes.length
			? new VectorTile(new PbfReader(bytes)).layers.buildings
			: undefined;
		features.push(decoded?.length ?? 0);
	}
	return {
		label: `${label} z${z}`,
		n,
		p50: percentile(times, 0.5),
		p95: percentile(times, 0.95),
		maxKb: Math.max(...sizes),
		medianFeatures: percentile(features, 0.5)
	};
}

function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

async function benchBackend(handle: DatabaseHandle, n: number, modes: TileMode[], rows: Row[]) {
	const ms = await createBuildings(handle, n);
	console.log(
		`${handle.backend}: generated ${n.toLocaleString('en')} footprints in ${(ms / 1000).toFixed(1)} s`
	);
	for (const mode of modes) {
		for (const z of ZOOMS)
			rows.push(await timeZoom(handle, z, mode, `${handle.backend} ${mode}`, n));
	}
}

async function main(): Promise<void> {
	const rows: Row[] = [];
	if (serverUrl) {
		const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
		const name = `planbord_bench_${randomBytes(4).toString('hex')}`;
		await admin.unsafe(`CREATE DATABASE ${name}`);
		const url = new URL(serverUrl);
		url.pathname = `/${name}`;
		try {
			const handle = await openPostgres(url.toString());
			try {
				await handle.migrate();
				await benchBackend(handle, N_SERVER, ['native', 'portable'], rows);
			} finally {
				await handle.close();
			}
		} finally {
			await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await admin.end();
		}
	}
	const pglite = await openPglite(undefined);
	try {
		await pglite.migrate();
		await benchBackend(pglite, N_PGLITE, ['portable'], rows);
	} finally {
		await pglite.close();
	}
	const baseline =
		rows.find((r) => r.label === 'postgres native z14') ??
		rows.find((r) => r.label.endsWith('z14'))!;
	console.log(
		`Baseline (1.00×): ${baseline.label} p50. Tiles: 3 × 3 around ${Object.keys(CENTRES).join(' and ')}.`
	);
	console.log(
		'backend/mode/zoom            buildings   p50 ms   p95 ms  × base  max kB  median features'
	);
	for (const r of rows) {
		console.log(
			[
				r.label.padEnd(27),
				r.n.toLocaleString('en').padStart(10),
				r.p50.toFixed(1).padStart(8),
				r.p95.toFixed(1).padStart(8),
				`${(r.p50 / baseline.p50).toFixed(2)}×`.padStart(7),
				r.maxKb.toFixed(0).padStart(7),
				String(r.medianFeatures).padStart(16)
			].join(' ')
		);
	}
}

await main();
