import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GeometryError } from '$lib/errors';
import type { DatabaseHandle } from '$lib/server/db/handle';
import { overlayQuery } from '$lib/server/db/require-rows';
import { queryRows } from '$lib/server/db/rows';
import { assertValidGeometry } from '$lib/server/db/validate-geometry';
import { assumeCrs } from '$lib/geometry/types';
import { backends } from '../helpers/backends';

// A bow-tie: the ring crosses itself at (5, 5). Invalid in OGC terms; GEOS overlays choke on it.
const BOW_TIE = 'POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))';
const SQUARE = 'POLYGON((0 0, 20 0, 20 20, 0 20, 0 0))';

describe.each(backends)('overlays on invalid geometry on $name', (backend) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await backend.open();
	});
	afterAll(() => handle?.close());

	const intersection = (a: string) =>
		queryRows<{ area: number }>(
			handle.db,
			sql`SELECT ST_Area(ST_Intersection(ST_GeomFromText(${a}), ST_GeomFromText(${SQUARE}))) AS area`
		);

	it('the raw overlay either raises or returns no row, depending on the backend', async () => {
		// Documents the difference the guard exists for: PostgreSQL raises TopologyException,
		// PGlite swallows the GEOS exception and returns zero rows. Neither returns an area.
		const outcome = await intersection(BOW_TIE).then(
			(rows) => (rows.length === 0 ? 'no rows' : `area ${rows[0]?.area}`),
			() => 'raised'
		);
		expect(outcome).toBe(backend.name === 'postgres' ? 'raised' : 'no rows');
	});

	it('overlayQuery turns both outcomes into the same GeometryError', async () => {
		const error = await overlayQuery('intersection', () => intersection(BOW_TIE)).catch((e) => e);
		expect(error).toBeInstanceOf(GeometryError);
		expect(error.reason).toBe('overlay-failed');
	});

	it('assertValidGeometry reports the self-intersection point before any overlay', async () => {
		const bowTie = assumeCrs(
			{
				type: 'Polygon' as const,
				coordinates: [
					[
						[0, 0],
						[10, 10],
						[10, 0],
						[0, 10],
						[0, 0]
					]
				]
			},
			25832
		);
		const error = await assertValidGeometry(handle.db, bowTie, { feature: 'x' }).catch((e) => e);
		expect(error).toBeInstanceOf(GeometryError);
		expect(error.detail).toBe('Self-intersection[5 5]');
	});

	it('the same overlay on repaired geometry gives the same area on every backend', async () => {
		const rows = await overlayQuery('intersection of repaired bow-tie', () =>
			queryRows<{ area: number }>(
				handle.db,
				sql`SELECT ST_Area(ST_Intersection(ST_MakeValid(ST_GeomFromText(${BOW_TIE})), ST_GeomFromText(${SQUARE}))) AS area`
			)
		);
		// Two triangles of 10 × 5 / 2 each.
		expect(Number(rows[0]!.area)).toBeCloseTo(50, 9);
	});
});
