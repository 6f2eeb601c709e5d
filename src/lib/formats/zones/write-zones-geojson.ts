import type { MultiPolygon, Polygon } from 'geojson';
import { planarArea } from '../../geometry/area';
import { CANONICAL_SRID, WGS84_SRID } from '../../geometry/crs';
import { toWgs84 } from '../../geometry/reproject';
import type { Zone } from '../../zones/types';
import { orientRings } from '../gml/orient-rings';

/**
 * Writes zones as a GeoJSON FeatureCollection with properties `id`, `name` and `area_m2`
 * (planar EPSG:25832 area, to the cm², the official figure whichever CRS the file is in).
 * `crs: 4326` is RFC 7946 (longitude/latitude, no `crs` member); `crs: 25832` keeps the
 * metres and names them in a `crs` member, which GDAL, QGIS and readZonesFile honour.
 * Coordinates are written at full precision so a round trip changes nothing.
 * @example writeZonesGeoJson(zones, { crs: 4326 })
 */
export function writeZonesGeoJson(
	zones: readonly Zone[],
	{ crs }: { crs: typeof CANONICAL_SRID | typeof WGS84_SRID }
): string {
	const member =
		crs === CANONICAL_SRID
			? { crs: { type: 'name', properties: { name: `urn:ogc:def:crs:EPSG::${CANONICAL_SRID}` } } }
			: {};
	return JSON.stringify({
		type: 'FeatureCollection',
		...member,
		features: zones.map((zone) => {
			const geometry: Polygon | MultiPolygon =
				crs === CANONICAL_SRID ? zone.geometry : toWgs84<Polygon | MultiPolygon>(zone.geometry);
			return {
				type: 'Feature',
				id: zone.id,
				properties: {
					id: zone.id,
					name: zone.name,
					area_m2: Math.round(planarArea(zone.geometry) * 100) / 100
				},
				geometry: orientRings(geometry)
			};
		})
	});
}
