import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '$lib/server/db/handle';
import { queryRows } from '$lib/server/db/rows';
import { withTransaction } from '$lib/server/db/transaction';
import { exportRegister } from '$lib/server/buildings/export-register';
import { commitImport, planImport } from '$lib/server/buildings/import-buildings';
import { getBuilding, listBuildings } from '$lib/server/buildings/read-buildings';
import { readTableFile } from '$lib/server/buildings/read-table-file';
import { seedBuildings } from '$lib/server/buildings/seed-buildings';
import { GEODATA } from '$lib/server/seed';
import { backends } from '../helpers/backends';
import { rejectionOf } from '../helpers/rejection';

const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\r\n'));
const read = (lines: string[], name = 'fdvu.csv') => readTableFile(csv(lines), name);

const HEADER =
	'Bygningsnr;Navn;Kommune;Kategori;Eierform;BTA (m²);Tilstandsgrad;Kapasitet;Brukere;Øst;Nord';
const NEW_SCHOOL = '800000001;Ny skole;Røyken;Skole;eid;4 000,5;TG1;300;250;580100;6620100';
const NEW_KINDERGARTEN = '800000002;Ny barnehage;0628;barnehage;leid;650;2;80;72;59.70;10.45';

async function count(handle: DatabaseHandle): Promise<number> {
	const [row] = await queryRows<{ n: number }>(
		handle.db,
		sql`SELECT count(*)::int AS n FROM buildings`
	);
	return row!.n;
}

describe.each(backends)('building import on $name', (backend) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await backend.open();
		await withTransaction(handle.db, (tx) => seedBuildings(tx, GEODATA.buildings));
	});
	afterAll(() => handle?.close());

	it('re-imports its own XLSX export without a single change', async () => {
		const before = await count(handle);
		const table = await readTableFile(await exportRegister(handle.db, 'xlsx'), 'bygg.xlsx');
		const plan = await planImport(handle.db, table, { fileName: 'bygg.xlsx' });
		expect(plan.validation.errorCount).toBe(0);
		expect(plan.counts).toEqual({ inserted: 0, updated: 0, unchanged: before });
		const { saved } = await commitImport(handle.db, table, { fileName: 'bygg.xlsx' });
		expect(saved.updated).toEqual([]);
		expect(await count(handle)).toBe(before);
	});

	it('imports a clean CSV, and importing it again changes nothing', async () => {
		const before = await count(handle);
		const table = await read([HEADER, NEW_SCHOOL, NEW_KINDERGARTEN]);
		const first = await commitImport(handle.db, table, { fileName: 'fdvu.csv' });
		expect(first.saved.inserted).toEqual(['800000001', '800000002']);
		expect(await count(handle)).toBe(before + 2);
		const school = (await getBuilding(handle.db, '800000001'))!;
		expect(school).toMatchObject({
			bta: 4000.5,
			condition: 1,
			capacityUnit: 'pupils',
			municipality: '0627'
		});
		// The kindergarten's pair was lat/lon: detected and stored in Hurum, not in the sea off Africa.
		const kindergarten = (await getBuilding(handle.db, '800000002'))!;
		expect(kindergarten.lon).toBeCloseTo(10.45, 5);
		expect(kindergarten.lat).toBeCloseTo(59.7, 5);
		const [before2] = await listBuildings(handle.db).then((l) =>
			l.filter((b) => b.buildingNumber === '800000001')
		);

		const again = await commitImport(
			handle.db,
			await read([HEADER, NEW_SCHOOL, NEW_KINDERGARTEN]),
			{
				fileName: 'fdvu.csv'
			}
		);
		expect(again.plan.counts).toEqual({ inserted: 0, updated: 0, unchanged: 2 });
		expect(again.saved).toMatchObject({ inserted: [], updated: [] });
		expect((await getBuilding(handle.db, '800000001'))!.updatedAt).toBe(before2!.updatedAt);
	});

	it('writes nothing from a file with errors, and the dry run locates each one', async () => {
		const before = await count(handle);
		const table = await read([
			HEADER,
			'800000003;Grei skole;Asker;skole;eid;3000;TG1;200;180;580000;6630000',
			'800000004;Feil skole;Asker;skule;eid;-5;TG5;abc;1;580000;6630500',
			'800000003;Dobbel;Asker;skole;eid;100;1;1;1;580000;6631000'
		]);
		const plan = await planImport(handle.db, table, { fileName: 'feil.csv' });
		expect(plan.canCommit).toBe(false);
		const located = plan.validation.problems
			.filter((p) => p.severity === 'error')
			.map((p) => `${p.rowNumber}:${p.code}`);
		expect(located).toEqual(
			expect.arrayContaining([
				'3:unknown-category',
				'3:area-not-positive',
				'3:condition-out-of-range',
				'3:not-a-number',
				'2:duplicate-building-number',
				'4:duplicate-building-number'
			])
		);
		const error = await rejectionOf(commitImport(handle.db, table, { fileName: 'feil.csv' }));
		expect(error.reason).toBe('import-has-errors');
		expect(await count(handle)).toBe(before);
		expect(await getBuilding(handle.db, '800000003')).toBeNull();
	});

	it('refuses a new building without coordinates, but updates a known one without them', async () => {
		const table = await read([
			'Bygningsnr;Navn;Kommune;Kategori;BTA',
			'800000001;Ny skole;Røyken;Skole;4100',
			'800000009;Uten posisjon;Asker;Skole;1000'
		]);
		const plan = await planImport(handle.db, table, { fileName: 'delvis.csv' });
		expect(plan.registerProblems.map((p) => `${p.rowNumber}:${p.code}`)).toEqual([
			'3:position-required'
		]);
		expect(plan.canCommit).toBe(false);
	});

	it('changes only the columns a partial FDVU file has', async () => {
		const before = (await getBuilding(handle.db, '800000001'))!;
		const table = await read([
			'Bygningsnr;Navn;Kommune;Kategori;BTA',
			'800000001;Ny skole;Røyken;Skole;4100'
		]);
		const { saved } = await commitImport(handle.db, table, { fileName: 'bta.csv' });
		expect(saved.updated).toEqual(['800000001']);
		const after = (await getBuilding(handle.db, '800000001'))!;
		expect(after.bta).toBe(4100);
		expect(after.version).toBe(before.version + 1);
		expect({
			...after,
			bta: before.bta,
			source: before.source,
			updatedAt: before.updatedAt,
			version: before.version
		}).toEqual(before);
	});

	it('keeps a footprint when a file gives only a point on it', async () => {
		const [withFootprint] = (await listBuildings(handle.db)).filter((b) => b.sample);
		const before = (await getBuilding(handle.db, withFootprint!.buildingNumber))!;
		expect(before.footprint).not.toBeNull();
		const table = await read([
			'Bygningsnr;Navn;Kommune;Kategori;Lengdegrad;Breddegrad',
			`${before.buildingNumber};${before.name};${before.municipality};${before.category};${before.lon};${before.lat}`
		]);
		const plan = await planImport(handle.db, table, { fileName: 'punkt.csv' });
		expect(plan.counts).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
	});
});
