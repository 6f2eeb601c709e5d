import type { Geometry } from 'geojson';
import { sql } from 'drizzle-orm';
import { GeometryError, ReasonInvalidGeometry, type ErrorLocation } from '$lib/errors';
import type { Utm32 } from '$lib/geometry/types';
import type { Db } from './handle';
import { requireRows } from './require-rows';
import { queryRows } from './rows';
import type { Tx } from './transaction';

/**
 * Asks PostGIS (GEOS) whether a geometry is valid OGC simple-feature geometry, the same
 * check on both backends, and throws a GeometryError naming the place and GEOS's reason
 * (e.g. "Self-intersection[580123 6633210]") when it is not. Run it before any overlay.
 */
export async function assertValidGeometry(
	db: Db | Tx,
	geometry: Utm32<Geometry>,
	where: ErrorLocation
): Promise<void> {
	const rows = await queryRows<{ reason: string }>(
		db,
		sql`SELECT ST_IsValidReason(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(geometry)}), 25832)) AS reason`
	);
	const [row] = requireRows(rows, 'validity check');
	if (row?.reason !== 'Valid Geometry') {
		throw new GeometryError(ReasonInvalidGeometry, row?.reason ?? 'unknown', where);
	}
}
