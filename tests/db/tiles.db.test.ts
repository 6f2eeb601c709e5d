import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '$lib/server/db/rows';
import { toWgs84 } from '$lib/geometry/reproject';
import { assumeCrs } from '$lib/geometry/types';
import type { TileLayer } from '$lib/server/tiles/tile-layers';
import type { DatabaseHandle } from '$lib/server/db/handle';
import { seedMunicipalities } from '$lib/server/municipalities/seed-municipalities';
import { renderTile } from '$lib/server/tiles/render-tile';
import { tileLayer } from '$lib/server/tiles/tile-layers';
import { tileContaining } from '$lib/tiles/tile-address';
import { withTransaction } from '$lib/server/db/transaction';
import { seedBuildings } from '$lib/server/buildings/seed-buildings';
import { GEODATA } from '$lib/server/seed';
import { backends } from '../helpers/backends';
import { decodeTile, sameTileFeatures } from '../helpers/decode-tile';
import { MUNICIPALITIES_FOLDER } from '../helpers/geodata';

const layer = tileLayer('municipalities');
const overRoyken = tileContaining(10.43, 59.75, 10);
const overBergen = tileContaining(5.32, 60.39, 10);
const wholeMerger = tileContaining(10.43, 59.7, 7);

async function openSeeded(backend: (typeof backends)[number]): Promise<DatabaseHandle> {
	const handle = await backend.open();
	await seedMunicipalities(handle.db, MUNICIPALITIES_FOLDER);
	await withTransaction(handle.db, (tx) => seedBuildings(tx, GEODATA.buildings));
	return handle;
}

/** Asker sentrum: dense with sample schools, kindergartens and housing. */
const askerCentre = tileContaining(10.4347, 59.8333, 14);

describe.each(backends)('vector tiles on $name', (backend) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await openSeeded(backend);
	});
	afterAll(() => handle?.close());

	it('holds the municipalities that touch the tile, with their attributes', async () => {
		const { municipalities } = decodeTile(await renderTile(handle, layer, wholeMerger));
		const numbers = municipalities!.map((f) => f.properties.number).sort();
		expect(numbers).toEqual(['0220', '0627', '0628', '3025', '3203']);
		const royken = municipalities!.find((f) => f.properties.number === '0627')!;
		expect(royken.type).toBe(3);
		expect(royken.properties).toMatchObject({ name: 'Røyken', role: 'old' });
		expect(royken.properties.area_km2).toBeCloseTo(113.6, 0);
	});

	it('clips to the tile extent plus the 64-unit buffer', async () => {
		const { municipalities } = decodeTile(await renderTile(handle, layer, overRoyken));
		const coordinates = municipalities!.flatMap((f) => f.geometry.flat(2));
		expect(Math.min(...coordinates)).toBeGreaterThanOrEqual(-64);
		expect(Math.max(...coordinates)).toBeLessThanOrEqual(4096 + 64);
	});

	it('leaves out features smaller than a screen pixel at the tile zoom', async () => {
		await queryRows(
			handle.db,
			sql`CREATE TABLE tile_probe (id serial PRIMARY KEY, size_m int, geom geometry(Polygon, 25832))`
		);
		await queryRows(
			handle.db,
			sql`INSERT INTO tile_probe (size_m, geom) VALUES
				(3, ST_MakeEnvelope(580000, 6633000, 580003, 6633003, 25832)),
				(100, ST_MakeEnvelope(580010, 6633010, 580110, 6633110, 25832))`
		);
		const probe: TileLayer = {
			name: 'probe',
			table: sql`tile_probe`,
			attributes: { size_m: sql`t.size_m` },
			minZoom: 0
		};
		const [lon, lat] = toWgs84(
			assumeCrs({ type: 'Point' as const, coordinates: [580001.5, 6633001.5] }, 25832)
		).coordinates as [number, number];
		const sizesAt = async (z: number) => {
			const tile = tileContaining(lon, lat, z);
			const decoded = decodeTile(await renderTile(handle, probe, tile));
			return (decoded.probe ?? []).map((f) => f.properties.size_m);
		};
		// One pixel is ~76 m at z10 and ~1.2 m at z16.
		expect(await sizesAt(10)).toEqual([100]);
		expect(await sizesAt(16)).toEqual([3, 100]);
	});

	it('serves building footprints with the attributes the map colours by', async () => {
		const { buildings } = decodeTile(await renderTile(handle, tileLayer('buildings'), askerCentre));
		expect(buildings!.length).toBeGreaterThan(5);
		expect(buildings!.every((f) => f.type === 3)).toBe(true);
		const withCapacity = buildings!.find((f) => f.properties.utilisation !== undefined)!;
		expect(withCapacity.properties).toMatchObject({ sample: true });
		expect(typeof withCapacity.properties.category).toBe('string');
		expect(withCapacity.properties.utilisation).toBeGreaterThan(0);
		// No footprints below z13, where a building is smaller than a pixel; points instead.
		const overview = tileContaining(10.4347, 59.8333, 11);
		expect((await renderTile(handle, tileLayer('buildings'), overview)).length).toBe(0);
		const { 'building-points': points } = decodeTile(
			await renderTile(handle, tileLayer('building-points'), overview)
		);
		expect(points!.length).toBeGreaterThan(buildings!.length);
		expect(points!.every((f) => f.type === 1)).toBe(true);
	});

	it('keeps the Web Mercator copy of every building in step with its geometry', async () => {
		const stale = sql`SELECT count(*)::int4 AS n FROM buildings
			WHERE geom_3857 IS NULL OR NOT ST_Equals(geom_3857, ST_Transform(geom, 3857))`;
		// Seeding went through the register's upsert (INSERT … ON CONFLICT DO UPDATE).
		expect((await queryRows<{ n: number }>(handle.db, stale))[0]!.n).toBe(0);
		const [school] = await queryRows<{ id: number }>(
			handle.db,
			sql`SELECT id FROM buildings WHERE footprint IS NOT NULL
				AND ST_Expand(geom_3857, 200) @ ST_TileEnvelope(${askerCentre.z}, ${askerCentre.x}, ${askerCentre.y})
				ORDER BY id LIMIT 1`
		);
		const drawn = async () =>
			decodeTile(await renderTile(handle, tileLayer('buildings'), askerCentre)).buildings!.find(
				(f) => f.id === school!.id
			);
		const before = await drawn();
		await queryRows(
			handle.db,
			sql`UPDATE buildings SET footprint = ST_Multi(ST_Translate(footprint, 30, 0)) WHERE id = ${school!.id}`
		);
		const after = await drawn();
		// ~30 m east is ~16 tile units at z14 near 60° N: an edit shows in the next tile.
		const x = (f: typeof before) => Math.min(...f!.geometry.flat().map(([px]) => px));
		expect(x(after) - x(before)).toBeGreaterThan(10);
		expect((await queryRows<{ n: number }>(handle.db, stale))[0]!.n).toBe(0);
	});

	it('keeps the largest features past the cap and says so in a `thinned` layer', async () => {
		await queryRows(
			handle.db,
			sql`CREATE TABLE thin_probe (id serial PRIMARY KEY, size_m int, geom geometry(Polygon, 25832))`
		);
		await queryRows(
			handle.db,
			sql`INSERT INTO thin_probe (size_m, geom)
				SELECT s, ST_MakeEnvelope(580000 + 20 * s, 6633000, 580000 + 21 * s, 6633000 + s, 25832)
				FROM generate_series(10, 15) s`
		);
		const probe: TileLayer = {
			name: 'probe',
			table: sql`thin_probe`,
			attributes: { size_m: sql`t.size_m` },
			minZoom: 0
		};
		const [lon, lat] = toWgs84(
			assumeCrs({ type: 'Point' as const, coordinates: [580250, 6633010] }, 25832)
		).coordinates as [number, number];
		const tile = tileContaining(lon, lat, 14);
		const full = decodeTile(await renderTile(handle, probe, tile));
		expect(full.probe!.map((f) => f.properties.size_m).sort()).toEqual([10, 11, 12, 13, 14, 15]);
		expect(full.thinned).toBeUndefined();
		const cut = decodeTile(await renderTile(handle, probe, tile, undefined, 3));
		expect(cut.probe!.map((f) => f.properties.size_m).sort()).toEqual([13, 14, 15]);
		expect(cut.thinned!.map((f) => f.properties)).toEqual([
			{ layer: 'probe', shown: 3, order: 'largest first' }
		]);
	});

	it('is empty (zero bytes) where there is no feature', async () => {
		expect((await renderTile(handle, layer, overBergen)).length).toBe(0);
	});

	it('the portable path matches PostGIS ST_AsMVTGeom/ST_AsMVT where PostGIS has them', async () => {
		const portable = decodeTile(await renderTile(handle, layer, overRoyken, 'portable'));
		expect(portable.municipalities!.length).toBeGreaterThan(0);
		if (backend.name === 'postgres') {
			const native = decodeTile(await renderTile(handle, layer, overRoyken, 'native'));
			expect(sameTileFeatures(portable.municipalities!, native.municipalities!)).toEqual([]);
		} else {
			// PGlite's PostGIS has no protobuf: the native path must fail loudly, not return a blank tile.
			await expect(renderTile(handle, layer, overRoyken, 'native')).rejects.toThrow();
		}
	});
});

describe.runIf(backends.length === 2)('vector tiles across backends', () => {
	let handles: DatabaseHandle[];
	beforeAll(async () => {
		handles = await Promise.all(backends.map(openSeeded));
	});
	afterAll(() => Promise.all(handles?.map((h) => h.close()) ?? []));

	it.each([wholeMerger, overRoyken, tileContaining(10.43, 59.83, 12)])(
		'PGlite (JS encoder) and PostgreSQL (ST_AsMVT) decode to the same tile at $z/$x/$y',
		async (tile) => {
			const [pglite, server] = await Promise.all(handles.map((h) => renderTile(h, layer, tile)));
			const a = decodeTile(pglite!).municipalities!;
			const b = decodeTile(server!).municipalities!;
			expect(a.length).toBeGreaterThan(0);
			expect(sameTileFeatures(a, b)).toEqual([]);
		}
	);

	it.each([
		['buildings', askerCentre],
		['building-points', tileContaining(10.4347, 59.8333, 11)]
	] as const)('%s tiles decode the same on PGlite and PostgreSQL', async (name, tile) => {
		const [pglite, server] = await Promise.all(
			handles.map((h) => renderTile(h, tileLayer(name), tile))
		);
		const a = decodeTile(pglite!)[name]!;
		const b = decodeTile(server!)[name]!;
		expect(a.length).toBeGreaterThan(5);
		expect(sameTileFeatures(a, b)).toEqual([]);
	});
});
