import { catalogLayer, LAYER_CATALOG } from '../../map/layer-catalog';
import { parseMapUrl, type MapUrlState, type UrlStateNote } from '../../map/url-state';
import { runCase } from './check-outcome';
import type { FuzzTarget } from './targets';
import { mapQuery } from './url-inputs';

/*
 * Test support: the URL-state fuzz target. parseMapUrl must never throw (not even a
 * PlanbordError): a damaged link opens the default view, with a note per dropped parameter.
 */

const layerIds = LAYER_CATALOG.map((l) => l.id);
const themeIds = LAYER_CATALOG.flatMap((l) => l.themes?.map((t) => t.id) ?? []);

/**
 * The invariants of a parsed link: centre and zoom in range or null, only known layers
 * and themes, a well-formed selection, and a note for each parameter that was dropped.
 * Throws an Error naming the first broken one.
 * @example checkMapUrl(new URLSearchParams('z=99'), parseMapUrl(new URLSearchParams('z=99')))
 */
function checkMapUrl(
	params: URLSearchParams,
	{ state, notes }: { state: MapUrlState; notes: UrlStateNote[] }
): void {
	const fail = (what: string) => {
		throw new Error(`${what}: ${JSON.stringify({ state, notes })}`);
	};
	const noted = (param: string) => notes.some((n) => n.param === param);
	const inRange = (v: number, min: number, max: number) =>
		Number.isFinite(v) && v >= min && v <= max;
	if (state.centre !== null) {
		const [lon, lat] = state.centre;
		if (state.centre.length !== 2 || !inRange(lon, -180, 180) || !inRange(lat, -85, 85))
			fail('centre');
	} else if (params.has('c') && !noted('c')) fail('c dropped without a note');
	if (state.zoom !== null) {
		if (!inRange(state.zoom, 0, 22)) fail('zoom');
	} else if (params.has('z') && !noted('z')) fail('z dropped without a note');
	if (!state.layers.every((id) => catalogLayer(id))) fail('unknown layer');
	const requested = (params.get('l') ?? '').split(',').filter(Boolean);
	if (requested.some((id) => !catalogLayer(id)) && !noted('l')) fail('l dropped without a note');
	if (state.selected === null && params.has('s') && !noted('s')) fail('s dropped without a note');
	if (state.selected !== null && !/^[a-z]+:[\w.-]{1,64}$/.test(state.selected)) fail('selected');
	for (const [layer, theme] of Object.entries(state.themes)) {
		if (!catalogLayer(layer)?.themes?.some((t) => t.id === theme)) fail('unknown theme');
	}
	const pairs = (params.get('f') ?? '').split(',').filter(Boolean);
	const dropped = pairs.some((pair) => {
		const [layer = '', theme = ''] = pair.split(':');
		return !catalogLayer(layer)?.themes?.some((t) => t.id === theme);
	});
	if (dropped && !noted('f')) fail('f dropped without a note');
	if (notes.some((n) => !params.has(n.param))) fail('a note for a parameter not in the link');
}

/**
 * parseMapUrl on random and nearly-right query strings; an error of any kind is a finding.
 * @example urlTarget().generators[0].name // 'structured'
 */
export function urlTarget(): FuzzTarget<string> {
	return {
		name: 'URL parseMapUrl',
		generators: [{ name: 'structured', inputs: mapQuery(layerIds, themeIds) }],
		run: async (query) => {
			const params = new URLSearchParams(query);
			const outcome = await runCase(
				() => parseMapUrl(params),
				(result) => checkMapUrl(params, result)
			);
			return outcome.kind === 'error'
				? { kind: 'finding', ms: outcome.ms, error: outcome }
				: outcome;
		}
	};
}
