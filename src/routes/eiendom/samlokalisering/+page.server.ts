import { database } from '$lib/server/db';
import { readConsolidationCandidates } from '$lib/server/buildings/consolidation-candidates';
import {
	formValues,
	PARAM_RANGE,
	parseConsolidationParams
} from '$lib/server/buildings/consolidation-params';
import { DEFAULT_CONSOLIDATION_OPTIONS } from '$lib/efficiency/consolidation';
import type { PageServerLoad } from './$types';

/** Criteria come from the query string, so a filtered list is a shareable link. */
export const load: PageServerLoad = async ({ url }) => {
	const { options, values, problems } = parseConsolidationParams(url.searchParams);
	const { db } = await database();
	const listing = await readConsolidationCandidates(db, options);
	const defaults = formValues(DEFAULT_CONSOLIDATION_OPTIONS);
	return { listing, values, defaults, problems, ranges: PARAM_RANGE };
};
