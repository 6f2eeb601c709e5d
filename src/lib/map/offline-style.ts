import type { StyleSpecification } from 'maplibre-gl';
import type { Basemap } from './basemaps';
import { BACKGROUND_LAND } from './background-land';

/**
 * The map style with no network dependencies: sea, land and neighbouring municipalities from
 * our own geodata, plus, when configured, one raster basemap on top of them. No glyphs or sprites are
 * referenced, so nothing is fetched; labels are HTML markers.
 */
const SEA_COLOUR = '#cfe3ef';
const LAND_COLOUR = '#f4f2ec';
const NEIGHBOUR_LINE_COLOUR = '#a9a49a';

export function offlineStyle(basemap: Basemap | null): StyleSpecification {
	const style: StyleSpecification = {
		version: 8,
		sources: { land: { type: 'geojson', data: BACKGROUND_LAND } },
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': SEA_COLOUR } },
			{ id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': LAND_COLOUR } },
			{
				id: 'land-boundaries',
				type: 'line',
				source: 'land',
				paint: { 'line-color': NEIGHBOUR_LINE_COLOUR, 'line-width': 0.8 }
			}
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
