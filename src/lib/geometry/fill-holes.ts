import type { MultiPolygon, Polygon } from 'geojson';

/**
 * The area without its holes: every polygon reduced to its outer ring.
 * The new municipality is stored as the union of the generalised 2019 polygons, and that
 * union has holes where the old polygons do not meet. Those holes are land between the old
 * municipalities, not outside the new one, so a merge must cover (and report) them.
 * @example fillHoles(unionOfOldMunicipalities)
 */
export function fillHoles<G extends Polygon | MultiPolygon>(geometry: G): G {
	if (geometry.type === 'Polygon') {
		return { ...geometry, coordinates: geometry.coordinates.slice(0, 1) };
	}
	return {
		...geometry,
		coordinates: geometry.coordinates.map((polygon) => polygon.slice(0, 1))
	};
}
