/** An optional online raster background; the map works fully without one. */
export interface Basemap {
	id: string;
	label: string;
	tiles: string[];
	attribution: string;
}

/*
 * Kartverket's open WMTS caches (Web Mercator tiles, no key needed). They are opt-in through
 * PLANBORD_BASEMAP because Planbord must work offline by default (meeting rooms, locked-down
 * municipal networks).
 */
const BASEMAPS: Record<string, Basemap> = {
	'kartverket-topo': {
		id: 'kartverket-topo',
		label: 'Topografisk (Kartverket)',
		tiles: ['https://cache.kartverket.no/v1/wmts/1.0.0/topo/default/webmercator/{z}/{y}/{x}.png'],
		attribution: '© Kartverket'
	},
	'kartverket-grey': {
		id: 'kartverket-grey',
		label: 'Gråtone (Kartverket)',
		tiles: [
			'https://cache.kartverket.no/v1/wmts/1.0.0/topograatone/default/webmercator/{z}/{y}/{x}.png'
		],
		attribution: '© Kartverket'
	}
};

/** The basemap named by a setting, or null for the offline default (unset, empty or "none"). */
export function basemapFromSetting(setting: string | undefined): Basemap | null {
	const key = setting?.trim();
	if (!key || key === 'none') return null;
	return BASEMAPS[key] ?? null;
}
