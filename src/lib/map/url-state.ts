import { catalogLayer, DEFAULT_VISIBLE_LAYERS } from './layer-catalog';

/** Everything a shared link must restore. Centre and zoom are absent until the user moves. */
export interface MapUrlState {
	centre: [number, number] | null;
	zoom: number | null;
	layers: string[];
	/** `type:id`, e.g. `municipality:0627`. */
	selected: string | null;
	proposal: string | null;
	/** Layer id → colour theme id, for layers not shown in their default colours. */
	themes: Record<string, string>;
}

/** What was wrong in a link; the rest of the link still applies. */
export interface UrlStateNote {
	param: string;
	value: string;
}

/**
 * Reads map state from URL parameters (`c=lon,lat`, `z`, `l=id,id`, `s=type:id`, `p`,
 * `f=layer:theme,…`).
 * Malformed or unknown values are dropped with a note, so a damaged link still opens the
 * default view instead of a blank map.
 * @example parseMapUrl(new URLSearchParams('c=10.43,59.75&z=11')).state.zoom // 11
 */
export function parseMapUrl(params: URLSearchParams): {
	state: MapUrlState;
	notes: UrlStateNote[];
} {
	const notes: UrlStateNote[] = [];
	const note = (param: string) => notes.push({ param, value: params.get(param) ?? '' });

	let centre: [number, number] | null = null;
	if (params.has('c')) {
		const [lon, lat, ...rest] = (params.get('c') ?? '').split(',').map(toNumber);
		const ok = rest.length === 0 && isIn(lon, -180, 180) && isIn(lat, -85, 85);
		if (ok) centre = [lon!, lat!];
		else note('c');
	}
	let zoom: number | null = null;
	if (params.has('z')) {
		const z = toNumber(params.get('z') ?? '');
		if (isIn(z, 0, 22)) zoom = z;
		else note('z');
	}
	let layers = DEFAULT_VISIBLE_LAYERS;
	if (params.has('l')) {
		const requested = (params.get('l') ?? '').split(',').filter(Boolean);
		const known = requested.filter((id) => catalogLayer(id));
		if (known.length !== requested.length) note('l');
		layers = requested.length === 0 ? [] : known.length > 0 ? known : DEFAULT_VISIBLE_LAYERS;
	}
	let selected: string | null = null;
	if (params.has('s')) {
		const s = params.get('s') ?? '';
		if (/^[a-z]+:[\w.-]{1,64}$/.test(s)) selected = s;
		else note('s');
	}
	const proposal = params.get('p') || null;
	const themes: Record<string, string> = {};
	if (params.has('f')) {
		for (const pair of (params.get('f') ?? '').split(',').filter(Boolean)) {
			const [layerId = '', themeId = ''] = pair.split(':');
			const known = catalogLayer(layerId)?.themes?.some((t) => t.id === themeId);
			if (known) themes[layerId] = themeId;
			else note('f');
		}
	}
	return { state: { centre, zoom, layers, selected, proposal, themes }, notes };
}

/** Writes map state as URL parameters, with coordinates rounded to about 1 m. */
export function serialiseMapUrl(state: MapUrlState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.centre) params.set('c', state.centre.map((v) => v.toFixed(5)).join(','));
	if (state.zoom !== null) params.set('z', state.zoom.toFixed(2));
	params.set('l', state.layers.join(','));
	if (state.selected) params.set('s', state.selected);
	if (state.proposal) params.set('p', state.proposal);
	const themes = Object.entries(state.themes).map(([layer, theme]) => `${layer}:${theme}`);
	if (themes.length > 0) params.set('f', themes.join(','));
	return params;
}

/** Number('') is 0; a blank parameter must not become the equator or zoom 0. */
function toNumber(text: string): number {
	return text.trim() === '' ? NaN : Number(text);
}

function isIn(value: number | undefined, min: number, max: number): value is number {
	return value !== undefined && Number.isFinite(value) && value >= min && value <= max;
}
