import type { BuildingCollection } from '../types';

/**
 * Writes the collection as GeoJSON text with one feature per line, so a change to one
 * building is a one-line diff. Key order is the order the objects were built in, so the
 * same collection always gives the same bytes.
 * @example formatCollection({ type: 'FeatureCollection', features: [] })
 */
export function formatCollection(collection: BuildingCollection): string {
	const lines = collection.features.map((feature) => `\t\t${JSON.stringify(feature)}`);
	const body = lines.length > 0 ? `\n${lines.join(',\n')}\n\t` : '';
	return `{\n\t"type": "FeatureCollection",\n\t"features": [${body}]\n}\n`;
}
