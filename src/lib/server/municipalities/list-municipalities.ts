import type { Point } from 'geojson';
import { and, asc, desc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import { municipalities } from '$db/schema';
import { squareMetresToKm2 } from '$lib/geometry/area';
import { toWgs84 } from '$lib/geometry/reproject';
import { assumeCrs } from '$lib/geometry/types';
import type { MunicipalityCollection } from '$lib/municipalities/types';
import type { Db } from '../db/handle';
import { overlayQuery } from '../db/require-rows';

// postgres.js may hand numeric results over as strings; Number() accepts both.
const km2 = (m2: number | null) => (m2 === null ? null : squareMetresToKm2(Number(m2)));

/**
 * The municipalities to show: without a date, the merger view (the three old ones and the
 * new Asker valid today); with a date, those valid on that date. Areas are planar EPSG:25832
 * (ST_Area), geometry is reprojected to EPSG:4326 by proj4 like everywhere else.
 */
export async function listMunicipalities(db: Db, date?: string): Promise<MunicipalityCollection> {
	const on = date ?? new Date().toISOString().slice(0, 10);
	const validOn = and(
		lte(municipalities.validFrom, on),
		or(isNull(municipalities.validTo), gte(municipalities.validTo, on))
	);
	const where = date ? validOn : or(eq(municipalities.role, 'old'), validOn);
	const [{ total }] = (await db
		.select({ total: sql<number>`count(*)::int` })
		.from(municipalities)
		.where(where)) as [{ total: number }];
	const rows = await overlayQuery(
		'municipality areas',
		() =>
			db
				.select({
					number: municipalities.number,
					name: municipalities.name,
					role: municipalities.role,
					validFrom: municipalities.validFrom,
					validTo: municipalities.validTo,
					geom: municipalities.geom,
					derivedFrom: municipalities.derivedFrom,
					source: municipalities.source,
					licence: municipalities.licence,
					area: sql<number>`ST_Area(${municipalities.geom})`,
					label: sql<string>`ST_AsGeoJSON(ST_PointOnSurface(${municipalities.geom}))`,
					referenceArea: sql<number | null>`ST_Area(${municipalities.referenceGeom})`,
					referenceDifference: sql<
						number | null
					>`ST_Area(ST_SymDifference(${municipalities.geom}, ${municipalities.referenceGeom}))`
				})
				.from(municipalities)
				.where(where)
				.orderBy(desc(municipalities.role), asc(municipalities.number)),
		total
	);
	return {
		type: 'FeatureCollection',
		features: rows.map((r) => {
			const label = toWgs84(assumeCrs(JSON.parse(r.label) as Point, 25832));
			return {
				type: 'Feature',
				id: `${r.number}-${r.validFrom}`,
				geometry: toWgs84(r.geom),
				properties: {
					number: r.number,
					name: r.name,
					role: r.role,
					validFrom: r.validFrom,
					validTo: r.validTo,
					areaKm2: km2(r.area)!,
					labelPoint: label.coordinates as [number, number],
					derivedFrom: r.derivedFrom,
					referenceAreaKm2: km2(r.referenceArea),
					referenceDifferenceKm2: km2(r.referenceDifference),
					source: r.source,
					licence: r.licence
				}
			};
		})
	};
}
