import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '$lib/server/db/handle';
import { queryRows } from '$lib/server/db/rows';
import { backends } from '../helpers/backends';

describe.each(backends)('migrations on $name', (backend) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await backend.open();
	});
	afterAll(() => handle?.close());

	it('creates the postgis extension', async () => {
		const rows = await queryRows<{ version: string }>(
			handle.db,
			sql`SELECT postgis_lib_version() AS version`
		);
		expect(rows[0]?.version).toMatch(/^3\.\d+\.\d+/);
	});

	it('creates the municipalities table with a 25832 MultiPolygon column and a GiST index', async () => {
		const columns = await queryRows<{ type: string; srid: number }>(
			handle.db,
			sql`SELECT type, srid FROM geometry_columns WHERE f_table_name = 'municipalities' AND f_geometry_column = 'geom'`
		);
		expect(columns).toEqual([{ type: 'MULTIPOLYGON', srid: 25832 }]);
		const indexes = await queryRows<{ def: string }>(
			handle.db,
			sql`SELECT indexdef AS def FROM pg_indexes WHERE indexname = 'municipalities_geom_gist'`
		);
		expect(indexes[0]?.def).toMatch(/USING gist/);
	});

	it('is idempotent: running migrations again applies nothing new', async () => {
		const count = () =>
			queryRows<{ n: number }>(
				handle.db,
				sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`
			);
		const before = await count();
		await handle.migrate();
		expect(await count()).toEqual(before);
		expect(before[0]?.n).toBeGreaterThanOrEqual(2);
	});
});
