import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '$lib/server/db/handle';
import { queryRows } from '$lib/server/db/rows';
import { withTransaction } from '$lib/server/db/transaction';
import { EDITABLE_FIELDS, type EditableField } from '$lib/buildings/editable-fields';
import type { BuildingDetails } from '$lib/buildings/types';
import { commitImport } from '$lib/server/buildings/import-buildings';
import { getBuilding, listBuildings } from '$lib/server/buildings/read-buildings';
import { readTableFile } from '$lib/server/buildings/read-table-file';
import { saveBuildings } from '$lib/server/buildings/save-buildings';
import { updateBuilding } from '$lib/server/buildings/update-building';
import { backends } from '../helpers/backends';
import { makeBuilding } from '../helpers/buildings';
import { rejectionOf } from '../helpers/rejection';

/** The edit form as a browser would post it for a stored building, with `changes` typed in. */
function formOf(
	building: BuildingDetails,
	changes: Partial<Record<EditableField, string>> = {}
): Record<EditableField, string> {
	const form = Object.fromEntries(
		EDITABLE_FIELDS.map((field) => {
			const stored = building[field];
			return [field, stored === null ? '' : String(stored).replace('.', ',')];
		})
	) as Record<EditableField, string>;
	return { ...form, ...changes };
}

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
	describe('editing with a stale form', () => {
		/** The stored building, as the edit form is loaded with it. */
		async function load(): Promise<BuildingDetails> {
			return (await getBuilding(handle.db, '900000001'))!;
		}

		it('saves an edit from the current version and bumps the version', async () => {
			await saveBuildings(handle.db, [school]);
			const opened = await load();
			expect(opened.version).toBe(1);
			const result = await updateBuilding(
				handle.db,
				'900000001',
				formOf(opened, { capacity: '260' }),
				opened.version
			);
			expect(result).toEqual({ ok: true, changed: true, version: 2 });
			expect(await load()).toMatchObject({ capacity: 260, version: 2 });
		});

		it('keeps the version when a save changes nothing', async () => {
			await saveBuildings(handle.db, [school]);
			const opened = await load();
			const result = await updateBuilding(handle.db, '900000001', formOf(opened), 1);
			expect(result).toEqual({ ok: true, changed: false, version: 1 });
		});

		it('refuses a form based on an older version and leaves the row as it is', async () => {
			await saveBuildings(handle.db, [school]);
			const opened = await load();
			await updateBuilding(handle.db, '900000001', formOf(opened, { name: 'Først' }), 1);
			const stored = await load();
			const result = await updateBuilding(
				handle.db,
				'900000001',
				formOf(opened, { name: 'Sist', capacity: '999' }),
				opened.version
			);
			expect(result).toEqual({
				ok: false,
				conflict: { baseVersion: 1, current: stored, changedBy: 'system' }
			});
			expect(await load()).toEqual(stored);
			expect(stored).toMatchObject({ name: 'Først', capacity: 200, version: 2 });
		});

		/**
		 * Runs the saves at the same time. PGlite runs one transaction at a time anyway. On
		 * PostgreSQL a third transaction holds the row until both saves are waiting for it, so
		 * both have started before either writes, however the pool's connections are timed.
		 */
		async function simultaneously<T>(saves: (() => Promise<T>)[]): Promise<T[]> {
			if (backend.name === 'pglite') return Promise.all(saves.map((save) => save()));
			let release!: () => void;
			const released = new Promise<void>((resolve) => (release = resolve));
			let holding!: () => void;
			const held = new Promise<void>((resolve) => (holding = resolve));
			const holder = handle.db.transaction(async (tx) => {
				await tx.execute(
					sql`SELECT 1 FROM buildings WHERE building_number = '900000001' FOR UPDATE`
				);
				holding();
				await released;
			});
			await held;
			const running = Promise.all(saves.map((save) => save()));
			for (let waited = 0; (await waitingForLocks()) < saves.length; waited += 20) {
				if (waited > 20_000) throw new Error('the saves never waited for the row lock');
				await new Promise((resolve) => setTimeout(resolve, 20));
			}
			release();
			await holder;
			return running;
		}
		async function waitingForLocks(): Promise<number> {
			const [row] = await queryRows<{ n: number }>(
				handle.db,
				sql`SELECT count(*)::int AS n FROM pg_stat_activity
					WHERE datname = current_database() AND wait_event_type = 'Lock'`
			);
			return row!.n;
		}

		it('lets exactly one of two simultaneous saves from the same version win', async () => {
			await saveBuildings(handle.db, [school]);
			const opened = await load();
			const edits = [
				formOf(opened, { name: 'Kari sin skole', capacity: '210' }),
				formOf(opened, { name: 'Ola sin skole', users: '150' })
			];
			const results = await simultaneously(
				edits.map((form) => () => updateBuilding(handle.db, '900000001', form, opened.version))
			);
			const winners = results.flatMap((r, i) => (r.ok ? [i] : []));
			expect(winners).toHaveLength(1);
			const winner = winners[0]!;
			const loser = results[1 - winner]!;
			expect(loser.ok).toBe(false);
			expect('conflict' in loser && loser.conflict.current.version).toBe(2);
			const stored = await load();
			expect(formOf(stored)).toEqual(edits[winner]);
			expect(stored.version).toBe(2);
		});

		it('treats a form opened before an import changed the building as stale', async () => {
			await saveBuildings(handle.db, [school]);
			const opened = await load();
			const table = await readTableFile(
				new TextEncoder().encode(
					['Bygningsnr;Navn;Kommune;Kategori;BTA', '900000001;Testskole;Asker;Skole;4100'].join(
						'\r\n'
					)
				),
				'bta.csv'
			);
			const { saved } = await commitImport(handle.db, table, { fileName: 'bta.csv' });
			expect(saved.updated).toEqual(['900000001']);
			const imported = await load();
			expect(imported).toMatchObject({ bta: 4100, version: 2 });
			const result = await updateBuilding(
				handle.db,
				'900000001',
				formOf(opened, { users: '190' }),
				opened.version
			);
			expect('conflict' in result).toBe(true);
			expect(await load()).toEqual(imported);
		});

		it('reports a building that does not exist', async () => {
			expect(await updateBuilding(handle.db, '900000099', {}, 1)).toEqual({
				ok: false,
				notFound: true
			});
		});
	});
});
