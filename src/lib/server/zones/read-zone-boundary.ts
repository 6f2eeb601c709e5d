import { fillHoles } from '$lib/geometry/fill-holes';
import type { ZoneGeometry } from '$lib/zones/types';
import type { Db } from '../db/handle';
import type { Tx } from '../db/transaction';
import { readTerritories } from '../plans/read-territories';

/**
 * The ground a proposal's zones must exactly cover: the new municipality on the merger day,
 * in EPSG:25832, with the holes filled as the plan merge fills them. The stored boundary is
 * the union of the old municipalities and has holes where their generalised polygons do not
 * meet; that is land of the new municipality, so a zone must cover it too.
 * @example checkPartition({ zones, boundary: await readZoneBoundary(db) })
 */
export async function readZoneBoundary(db: Db | Tx): Promise<ZoneGeometry> {
	const { merged } = await readTerritories(db);
	return fillHoles(merged.geometry);
}
