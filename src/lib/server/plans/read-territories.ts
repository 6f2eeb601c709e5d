import type { MultiPolygon } from 'geojson';
import { and, asc, eq, lte, or, gte, isNull } from 'drizzle-orm';
import { municipalities } from '$db/schema';
import type { Utm32 } from '$lib/geometry/types';
import type { Db } from '../db/handle';
import type { Tx } from '../db/transaction';

export interface Territory {
	number: string;
	name: string;
	geometry: Utm32<MultiPolygon>;
}

export interface Territories {
	/** The old municipalities (0220, 0627, 0628), each plan's own territory. */
	old: Territory[];
	/** The new municipality on the merger day (3025 on 1.1.2020); the merged plan covers it. */
	merged: Territory;
}

/** The day the three became one: the merged plan takes the identity valid then. */
export const MERGER_DATE = '2020-01-01';

/**
 * The boundaries a merge works within, from the municipalities table (EPSG:25832). The new
 * municipality's geometry is the union of the old ones (see geodata/municipalities), so
 * "inside the new boundary" and "inside some old municipality" are the same ground.
 * @example const { old, merged } = await readTerritories(db);
 */
export async function readTerritories(db: Db | Tx): Promise<Territories> {
	const rows = await db
		.select({
			number: municipalities.number,
			name: municipalities.name,
			role: municipalities.role,
			geometry: municipalities.geom
		})
		.from(municipalities)
		.where(
			or(
				eq(municipalities.role, 'old'),
				and(
					eq(municipalities.role, 'new'),
					lte(municipalities.validFrom, MERGER_DATE),
					or(isNull(municipalities.validTo), gte(municipalities.validTo, MERGER_DATE))
				)
			)
		)
		.orderBy(asc(municipalities.number));
	const old = rows.filter((r) => r.role === 'old');
	const merged = rows.find((r) => r.role === 'new');
	if (old.length === 0 || !merged) {
		throw new Error('the municipalities are not loaded: run npm run db:seed');
	}
	return { old, merged };
}
