import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { CANONICAL_SRID, converter, WGS84_SRID } from './crs';
import type { InCrs, Utm32, Wgs84 } from './types';

/**
 * Reprojects every coordinate of a geometry between two supported EPSG codes. This is the
 * only place in Planbord where coordinates change CRS, so browser and server agree.
 * @example reprojectGeometry(point, 4326, 25832)
 */
export function reprojectGeometry<G extends Geometry, T extends number>(
	geometry: G,
	from: number,
	to: T
): InCrs<G, T> {
	if (from === to) return structuredClone(geometry) as InCrs<G, T>;
	const forward = converter(from, to).forward;
	const move = (p: Position): Position => {
		const [x, y] = forward([p[0] as number, p[1] as number]);
		return p.length > 2 ? [x, y, ...p.slice(2)] : [x, y];
	};
	return mapPositions(geometry, move) as InCrs<G, T>;
}

/** WGS 84 degrees → EUREF89 UTM 32N metres. */
export function toUtm32<G extends Geometry>(geometry: Wgs84<G>): Utm32<G> {
	return reprojectGeometry(geometry, WGS84_SRID, CANONICAL_SRID);
}

/** EUREF89 UTM 32N metres → WGS 84 degrees. */
export function toWgs84<G extends Geometry>(geometry: Utm32<G>): Wgs84<G> {
	return reprojectGeometry(geometry, CANONICAL_SRID, WGS84_SRID);
}

/** Reprojects a FeatureCollection, keeping properties and ids; returns a new object. */
export function reprojectFeatureCollection<G extends Geometry, P>(
	collection: FeatureCollection<G, P>,
	from: number,
	to: number
): FeatureCollection<G, P> {
	return {
		type: 'FeatureCollection',
		features: collection.features.map((f): Feature<G, P> => ({
			...f,
			geometry: reprojectGeometry(f.geometry, from, to)
		}))
	};
}

function mapPositions(geometry: Geometry, move: (p: Position) => Position): Geometry {
	switch (geometry.type) {
		case 'Point':
			return { type: 'Point', coordinates: move(geometry.coordinates) };
		case 'MultiPoint':
		case 'LineString':
			return { type: geometry.type, coordinates: geometry.coordinates.map(move) };
		case 'MultiLineString':
		case 'Polygon':
			return { type: geometry.type, coordinates: geometry.coordinates.map((r) => r.map(move)) };
		case 'MultiPolygon':
			return {
				type: 'MultiPolygon',
				coordinates: geometry.coordinates.map((poly) => poly.map((r) => r.map(move)))
			};
		case 'GeometryCollection':
			return {
				type: 'GeometryCollection',
				geometries: geometry.geometries.map((g) => mapPositions(g, move))
			};
	}
}
