import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '$lib/server/db/handle';
import { seedMunicipalities } from '$lib/server/municipalities/seed-municipalities';
import { renderTile } from '$lib/server/tiles/render-tile';
import { tileLayer } from '$lib/server/tiles/tile-layers';
import { tileContaining } from '$lib/tiles/tile-address';
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
	return handle;
}

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
});
