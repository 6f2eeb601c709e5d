import type { StyleSpecification } from 'maplibre-gl';
import type { Basemap } from './basemaps';
import { SEA_COLOUR } from './municipality-style';

/**
 * The map style with no network dependencies: a sea-coloured background (the municipality
 * polygons are land) plus, when configured, one raster basemap. No glyphs or sprites are
 * referenced, so nothing is fetched; labels are HTML markers.
 */
export function offlineStyle(basemap: Basemap | null): StyleSpecification {
	const style: StyleSpecification = {
		version: 8,
		sources: {},
		layers: [{ id: 'background', type: 'background', paint: { 'background-color': SEA_COLOUR } }]
	};
	if (basemap) {
		style.sources.basemap = {
			type: 'raster',
			tiles: basemap.tiles,
			tileSize: 256,
			attribution: basemap.attribution
		};
		style.layers.push({ id: 'basemap', type: 'raster', source: 'basemap' });
	}
	return style;
}
