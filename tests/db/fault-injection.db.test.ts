import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { CATEGORY_LABEL } from '$lib/i18n/buildings';
import type { DatabaseHandle } from '$lib/server/db/handle';
import { queryRows } from '$lib/server/db/rows';
import { withTransaction } from '$lib/server/db/transaction';
import { commitImport } from '$lib/server/buildings/import-buildings';
import { listBuildings } from '$lib/server/buildings/read-buildings';
import { readTableFile } from '$lib/server/buildings/read-table-file';
import { seedBuildings } from '$lib/server/buildings/seed-buildings';
import { seedMunicipalities } from '$lib/server/municipalities/seed-municipalities';
import { importPlans } from '$lib/server/plans/import-plans';
import { runMerge } from '$lib/server/plans/run-merge';
import { GEODATA } from '$lib/server/seed';
import { backends } from '../helpers/backends';
import { MUNICIPALITIES_FOLDER } from '../helpers/geodata';
import { rejectionOf } from '../helpers/rejection';

/*
 * Kills imports and a merge part-way with a trigger that raises after N rows, the way a
 * crash, a full disk or a constraint deep in a batch would, and checks that every table is
 * exactly as before. Sequences are not compared: PostgreSQL never rolls them back, so a
 * failed insert leaves a gap in the ids, which is harmless.
 */

const PLANS = resolve('geodata/plans');
const SAMPLE_FILES = ['asker-0220-kpa.gml', 'royken-0627-kpa.sos', 'hurum-0628-kpa.geojson'];
const upload = (fileName: string) => ({ fileName, bytes: readFileSync(join(PLANS, fileName)) });

/** The tables every test must find populated, so that "unchanged" is not trivially true. */
const WATCHED = ['plans', 'plan_features', 'plan_issues', 'buildings', 'audit_log'];

interface TableFingerprint {
	rows: number;
	md5: string;
}

/** Row count and md5 of the ordered rows of every table the app owns. */
async function fingerprint(handle: DatabaseHandle): Promise<Record<string, TableFingerprint>> {
	const tables = await queryRows<{ name: string }>(
		handle.db,
		sql`SELECT table_name AS name FROM information_schema.tables
			WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
				AND table_name <> 'spatial_ref_sys'
			ORDER BY 1`
	);
	const result: Record<string, TableFingerprint> = {};
	for (const { name } of tables) {
		const table = sql.identifier(name);
		const [row] = await queryRows<{ rows: number; md5: string }>(
			handle.db,
			sql`SELECT count(*)::int AS rows,
				md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5
				FROM ${table} AS t`
		);
		result[name] = row!;
	}
	return result;
}

/**
 * Makes the `rowNumber`th row written to `table` (counted by a sequence, which a rollback
 * does not reset) raise an exception, for the rest of the test. Returns how many rows the
 * trigger saw, so a test can prove the kill came part-way and not at the first row.
 */
async function killAfterRows(
	handle: DatabaseHandle,
	table: string,
	rowNumber: number
): Promise<() => Promise<number>> {
	await queryRows(handle.db, sql`CREATE SEQUENCE fault_injection_rows`);
	await queryRows(
		handle.db,
		sql.raw(`CREATE FUNCTION fault_injection_raise() RETURNS trigger LANGUAGE plpgsql AS $$
			BEGIN
				IF nextval('fault_injection_rows') >= ${rowNumber} THEN
					RAISE EXCEPTION 'fault injected: % row % into %', TG_OP, ${rowNumber}, TG_TABLE_NAME;
				END IF;
				RETURN NEW;
			END $$`)
	);
	await queryRows(
		handle.db,
		sql.raw(`CREATE TRIGGER fault_injection BEFORE INSERT ON "${table}" FOR EACH ROW
			EXECUTE FUNCTION fault_injection_raise()`)
	);
	onTestFinished(async () => {
		await queryRows(handle.db, sql.raw(`DROP TRIGGER IF EXISTS fault_injection ON "${table}"`));
		await queryRows(handle.db, sql`DROP FUNCTION IF EXISTS fault_injection_raise()`);
		await queryRows(handle.db, sql`DROP SEQUENCE IF EXISTS fault_injection_rows`);
	});
	return async () => {
		const [row] = await queryRows<{ n: number }>(
			handle.db,
			sql`SELECT last_value::int AS n FROM fault_injection_rows`
		);
		return row!.n;
	};
}

/** The messages of an error and its causes (Drizzle wraps the database's error). */
function messages(error: unknown): string {
	const parts: string[] = [];
	for (let e = error; e instanceof Error; e = e.cause) parts.push(e.message);
	return parts.join(' ← ');
}

describe.each(backends)('an import or merge killed part-way on $name', (backend) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await backend.open();
		await seedMunicipalities(handle.db, MUNICIPALITIES_FOLDER);
		await withTransaction(handle.db, (tx) => seedBuildings(tx, GEODATA.buildings));
		await importPlans(handle.db, SAMPLE_FILES.map(upload));
	});
	afterAll(() => handle?.close());

	it('has something in every watched table to compare', async () => {
		const before = await fingerprint(handle);
		for (const table of WATCHED) expect(before[table]?.rows, table).toBeGreaterThan(0);
	});

	it('leaves every table unchanged when a plan import dies in its second file', async () => {
		const before = await fingerprint(handle);
		// New deliveries of two plans (one byte more each, so not recognised as imported).
		// Røyken has 222 features: the 300th row dies in Hurum, after Røyken is fully written.
		const batch = ['royken-0627-kpa.sos', 'hurum-0628-kpa.geojson'].map((fileName) => {
			const { bytes } = upload(fileName);
			return { fileName, bytes: Buffer.concat([bytes, Buffer.from('\n')]) };
		});
		const rowsSeen = await killAfterRows(handle, 'plan_features', 300);
		const error = await rejectionOf(importPlans(handle.db, batch));
		expect(messages(error)).toMatch(/fault injected: INSERT row 300 into plan_features/);
		expect(await rowsSeen()).toBe(300);
		expect(await fingerprint(handle)).toEqual(before);
	});

	it('leaves every table unchanged when a building import dies in its second batch', async () => {
		const before = await fingerprint(handle);
		const [known] = await listBuildings(handle.db);
		const header = 'Bygningsnr;Navn;Kommune;Kategori;Eierform;BTA (m²);Øst;Nord';
		// An update of a known building first, then 600 new ones: the register writes 500 rows
		// per statement, so the 550th row dies in the second statement.
		const update = [
			known!.buildingNumber,
			`${known!.name} (endret)`,
			known!.municipality,
			CATEGORY_LABEL[known!.category],
			known!.tenure === 'owned' ? 'eid' : 'leid',
			String((known!.bta ?? 1000) + 1),
			'',
			''
		].join(';');
		const created = Array.from({ length: 600 }, (_, i) =>
			[
				String(810_000_000 + i),
				`Nytt bygg ${i + 1}`,
				'Røyken',
				'Skole',
				'eid',
				'1000',
				String(580_000 + (i % 25) * 20),
				String(6_620_000 + Math.floor(i / 25) * 20)
			].join(';')
		);
		const table = await readTableFile(
			new TextEncoder().encode([header, update, ...created].join('\r\n')),
			'fdvu.csv'
		);
		const rowsSeen = await killAfterRows(handle, 'buildings', 550);
		const error = await rejectionOf(commitImport(handle.db, table, { fileName: 'fdvu.csv' }));
		expect(messages(error)).toMatch(/fault injected: INSERT row 550 into buildings/);
		expect(await rowsSeen()).toBe(550);
		expect(await fingerprint(handle)).toEqual(before);
	});

	it('leaves every table unchanged when a merge dies while storing its conflicts', async () => {
		const before = await fingerprint(handle);
		// The merged plan and all its features are written before the conflicts are.
		const rowsSeen = await killAfterRows(handle, 'plan_issues', 5);
		const error = await rejectionOf(runMerge(handle.db));
		expect(messages(error)).toMatch(/fault injected: INSERT row 5 into plan_issues/);
		expect(await rowsSeen()).toBe(5);
		expect(await fingerprint(handle)).toEqual(before);
	});
});
