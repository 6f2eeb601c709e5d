import type { FeatureCollection } from 'geojson';
import { bbox } from '@turf/turf';

/** The [west, south, east, north] extent of a collection, or null when it is empty. */
export function collectionBounds(
	collection: FeatureCollection
): [number, number, number, number] | null {
	if (collection.features.length === 0) return null;
	const [w, s, e, n] = bbox(collection);
	return [w, s, e, n];
}
