import type { MultiPolygon, Polygon } from 'geojson';
import { and, asc, eq } from 'drizzle-orm';
import { zones as zoneRows } from '$db/schema';
import { assumeCrs } from '$lib/geometry/types';
import type { Zone } from '$lib/zones/types';
import type { Db } from '../db/handle';
import type { Tx } from '../db/transaction';

/** A stored zone with the area computed when it was saved. */
export interface StoredZone extends Zone {
	area: number;
}

/**
 * The zones of one version in the order they were saved, in EPSG:25832. The column holds
 * MultiPolygons; a one-part MultiPolygon comes back as the Polygon the editor most likely
 * saved. Geometry is read as EWKB (exact doubles), so coordinates round-trip bit for bit.
 */
export async function readVersionZones(
	db: Db | Tx,
	proposalId: number,
	version: number
): Promise<StoredZone[]> {
	const rows = await db
		.select({
			id: zoneRows.zoneKey,
			name: zoneRows.name,
			geometry: zoneRows.geom,
			area: zoneRows.area
		})
		.from(zoneRows)
		.where(and(eq(zoneRows.proposalId, proposalId), eq(zoneRows.version, version)))
		.orderBy(asc(zoneRows.position));
	return rows.map((r) => ({ ...r, geometry: simplest(r.geometry) }));
}

function simplest(geometry: MultiPolygon): Zone['geometry'] {
	const [only, ...rest] = geometry.coordinates;
	const shape: Polygon | MultiPolygon =
		only && rest.length === 0 ? { type: 'Polygon', coordinates: only } : geometry;
	return assumeCrs(shape, 25832);
}
