import type { Geometry } from 'geojson';
import { customType } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import wkx from 'wkx';
import type { Utm32 } from '../../src/lib/geometry/types';

/** Geometry types Planbord stores; PostGIS enforces the type and SRID on every write. */
export type GeometryKind =
	| 'Geometry'
	| 'Point'
	| 'MultiPoint'
	| 'LineString'
	| 'MultiLineString'
	| 'Polygon'
	| 'MultiPolygon';

export const STORAGE_SRID = 25832;

/**
 * A PostGIS `geometry(<kind>, 25832)` column holding GeoJSON in EUREF89 UTM 32N.
 * Drizzle's built-in `geometry` handles points only, hence this one small type.
 * Writes go through ST_GeomFromGeoJSON; reads arrive from both drivers as hex EWKB.
 */
export function geometry<G extends Geometry>(name: string, kind: GeometryKind) {
	return customType<{ data: Utm32<G>; driverData: string }>({
		dataType: () => `geometry(${kind},${STORAGE_SRID})`,
		toDriver: (value) =>
			sql`ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(value)}), ${sql.raw(String(STORAGE_SRID))})`,
		fromDriver: (hex) => wkx.Geometry.parse(Buffer.from(hex, 'hex')).toGeoJSON() as Utm32<G>
	})(name);
}
