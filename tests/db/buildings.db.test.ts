import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '$lib/server/db/handle';
import { queryRows } from '$lib/server/db/rows';
import { withTransaction } from '$lib/server/db/transaction';
import { getBuilding, listBuildings } from '$lib/server/buildings/read-buildings';
import { saveBuildings } from '$lib/server/buildings/save-buildings';
import { backends } from '../helpers/backends';
import { makeBuilding } from '../helpers/buildings';
import { rejectionOf } from '../helpers/rejection';

describe.each(backends)('building register on $name', (backend) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await backend.open();
	});
	afterAll(() => handle?.close());
	beforeEach(async () => {
		await queryRows(handle.db, sql`DELETE FROM buildings`);
	});

	const school = makeBuilding();
	const kindergarten = makeBuilding(
		{ buildingNumber: '900000002', name: 'Testbarnehage', category: 'kindergarten' },
		{ x: 580_100 }
	);

	it('inserts new buildings, and a repeated save changes nothing', async () => {
		const first = await saveBuildings(handle.db, [school, kindergarten]);
		expect(first).toMatchObject({ inserted: ['900000001', '900000002'], updated: [] });
		const [before] = await listBuildings(handle.db);
		const again = await saveBuildings(handle.db, [school, kindergarten]);
		expect(again).toMatchObject({
			inserted: [],
			updated: [],
			unchanged: ['900000001', '900000002']
		});
		const [after] = await listBuildings(handle.db);
		expect(after!.updatedAt).toBe(before!.updatedAt);
	});

	it('updates only the building whose content changed, matched on building number', async () => {
		await saveBuildings(handle.db, [school, kindergarten]);
		const changed = makeBuilding({ capacity: 250 });
		const report = await saveBuildings(handle.db, [changed, kindergarten]);
		expect(report).toMatchObject({ updated: ['900000001'], unchanged: ['900000002'] });
		expect((await getBuilding(handle.db, '900000001'))!.capacity).toBe(250);
		expect(await listBuildings(handle.db)).toHaveLength(2);
	});

	it('does not count a changed source text (a new import file) as a change', async () => {
		await saveBuildings(handle.db, [school]);
		const report = await saveBuildings(handle.db, [makeBuilding({ source: 'Import: ny.xlsx' })]);
		expect(report.unchanged).toEqual(['900000001']);
	});

	it('keeps edited buildings when seeding with keepExisting', async () => {
		await saveBuildings(handle.db, [makeBuilding({ capacity: 999 })]);
		const report = await saveBuildings(handle.db, [school, kindergarten], { keepExisting: true });
		expect(report).toMatchObject({ inserted: ['900000002'], kept: ['900000001'] });
		expect((await getBuilding(handle.db, '900000001'))!.capacity).toBe(999);
	});

	it('returns every attribute as saved, with lon/lat and the footprint in EPSG:4326', async () => {
		await saveBuildings(handle.db, [school]);
		const found = (await getBuilding(handle.db, '900000001'))!;
		expect(found).toMatchObject(school.attributes);
		expect(found.lon).toBeCloseTo(10.4, 0);
		expect(found.lat).toBeCloseTo(59.8, 0);
		expect(found.footprint!.type).toBe('MultiPolygon');
		expect(found.footprint!.coordinates[0]![0]).toHaveLength(5);
		expect(await getBuilding(handle.db, '123')).toBeNull();
	});

	it('draws the footprint, or the position for a building without one', async () => {
		const pointOnly = { ...kindergarten, footprint: null };
		await saveBuildings(handle.db, [school, pointOnly]);
		const rows = await queryRows<{ number: string; kind: string }>(
			handle.db,
			sql`SELECT building_number AS number, GeometryType(geom) AS kind FROM buildings ORDER BY 1`
		);
		expect(rows).toEqual([
			{ number: '900000001', kind: 'MULTIPOLYGON' },
			{ number: '900000002', kind: 'POINT' }
		]);
	});

	it('rejects a self-intersecting footprint, naming the building, and writes nothing', async () => {
		const bowtie = makeBuilding({ buildingNumber: '900000003' });
		bowtie.footprint!.coordinates = [
			[
				[
					[580000, 6633000],
					[580040, 6633040],
					[580040, 6633000],
					[580000, 6633040],
					[580000, 6633000]
				]
			]
		];
		const error = await rejectionOf(
			withTransaction(handle.db, (tx) => saveBuildings(tx, [school, bowtie]))
		);
		expect(error.message).toMatch(/Self-intersection.*900000003/);
		expect(await listBuildings(handle.db)).toEqual([]);
	});

	it.each([
		['a TG outside 0–3', { condition: 5 as never }],
		['a negative BTA', { bta: -10 }],
		['an unknown category', { category: 'castle' as never }],
		['a building number with letters', { buildingNumber: 'H-12' }]
	])('the database itself refuses %s', async (_label, overrides) => {
		await expect(saveBuildings(handle.db, [makeBuilding(overrides)])).rejects.toThrow();
		expect(await listBuildings(handle.db)).toEqual([]);
	});
});
