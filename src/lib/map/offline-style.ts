import type { StyleSpecification } from 'maplibre-gl';
import type { Basemap } from './basemaps';

/**
 * The map style with no network dependencies: a plain background plus, when configured, one
 * raster basemap. No glyphs or sprites are
 * referenced, so nothing is fetched; labels are HTML markers.
 */
/** Neutral grey-blue: until land/sea polygons are loaded the background stands for "outside". */
const BACKGROUND_COLOUR = '#e6ebef';

export function offlineStyle(basemap: Basemap | null): StyleSpecification {
	const style: StyleSpecification = {
		version: 8,
		sources: {},
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': BACKGROUND_COLOUR } }
		]
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
