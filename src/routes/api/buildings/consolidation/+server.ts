import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { readConsolidationCandidates } from '$lib/server/buildings/consolidation-candidates';
import { parseConsolidationParams } from '$lib/server/buildings/consolidation-params';
import { toConsolidationFeatures } from '$lib/server/buildings/consolidation-features';
import type { RequestHandler } from './$types';

/**
 * Consolidation candidates as GeoJSON (EPSG:4326) for the map layer, with the page's query
 * parameters (`avstand`, `utnyttelse`, `etterslep`, `tg`). A bad value falls back to its
 * default, as on the page; the `X-Planbord-Problems` header names the parameters ignored.
 */
export const GET: RequestHandler = async ({ url }) => {
	const { options, problems } = parseConsolidationParams(url.searchParams);
	const { db } = await database();
	const listing = await readConsolidationCandidates(db, options);
	const headers: Record<string, string> = {};
	if (problems.length > 0) headers['X-Planbord-Problems'] = problems.map((p) => p.param).join(',');
	return json(toConsolidationFeatures(listing), { headers });
};
