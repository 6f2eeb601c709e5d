import type { MultiPolygon, Polygon } from 'geojson';
import { CrsError, ReasonCoordinatesOutsideCrs, type ErrorLocation } from '../../errors';
import { converter, WGS84_SRID } from '../../geometry/crs';

/*
 * Every CRS Planbord reads is used for Norwegian data, and zones are Asker's local areas. So
 * a coordinate that, read in the declared CRS, lands far from Norway means the file is in
 * another CRS than it says: UTM metres in a GeoJSON file without `crs` (they are not even
 * degrees), degrees in a file declaring EPSG:25832 (that lands near the equator), or
 * latitude and longitude swapped. The region is Norway, Svalbard and Jan Mayen with a margin
 * of a few hundred kilometres; a file in EPSG:25833 instead of 25832 still passes (zones
 * then fall outside the boundary, which the partition check shows).
 */
const REGION = { west: -10, east: 40, south: 50, north: 85 };

/**
 * Refuses a geometry whose coordinates cannot be in the declared CRS, or are far from
 * Norway when read in it (CrsError `coordinates-outside-crs` with a hint what went wrong).
 * @example checkCoordinates(polygonInMetres, 4326, { feature: 'Sone 1' }) // throws
 */
export function checkCoordinates(
	geometry: Polygon | MultiPolygon,
	srid: number,
	where: ErrorLocation
): void {
	const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
	const toWgs84 = srid === WGS84_SRID ? null : converter(srid, WGS84_SRID).forward;
	for (const ring of rings) {
		for (const [x, y] of ring as [number, number][]) {
			if (srid === WGS84_SRID && (Math.abs(x) > 180 || Math.abs(y) > 90)) {
				const metres = Math.abs(x) > 1000 && Math.abs(y) > 1000;
				throw new CrsError(
					ReasonCoordinatesOutsideCrs,
					`(${x}, ${y}) is not longitude/latitude${metres ? '; these look like metres (UTM), but the file does not say which CRS (no crs member)' : ''}`,
					where
				);
			}
			const [lon, lat] = toWgs84 ? toWgs84([x, y]) : [x, y];
			const inside =
				lon >= REGION.west && lon <= REGION.east && lat >= REGION.south && lat <= REGION.north;
			if (inside) continue;
			const swapped =
				srid === WGS84_SRID &&
				y >= REGION.west &&
				y <= REGION.east &&
				x >= REGION.south &&
				x <= REGION.north;
			const at =
				Number.isFinite(lon) && Number.isFinite(lat)
					? ` lies at ${lon.toFixed(2)}° E ${lat.toFixed(2)}° N,`
					: ' is';
			throw new CrsError(
				ReasonCoordinatesOutsideCrs,
				`(${x}, ${y}) in EPSG:${srid}${at} far from Norway; ${swapped ? 'are longitude and latitude swapped?' : 'is the file in another CRS?'}`,
				where
			);
		}
	}
}
