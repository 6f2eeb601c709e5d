import { error } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { PlanbordError, ReasonProposalNotFound, ReasonVersionNotFound } from '$lib/errors';
import { COMPARE_TEXT as text } from '$lib/i18n/zone-compare';
import { basemapFromSetting } from '$lib/map/basemaps';
import { database } from '$lib/server/db';
import type { Db } from '$lib/server/db/handle';
import { getProposal } from '$lib/server/zones/read-proposals';
import { readZoneBoundary } from '$lib/server/zones/read-zone-boundary';
import { readStatisticsInputs } from '$lib/server/zones/statistics-inputs';
import { compareProposals } from '$lib/zones/compare/compare-proposals';
import { createZoneStatistics } from '$lib/zones/statistics/zone-statistics';
import { parseCompareParams } from './parse-compare-params';
import type { PageServerLoad } from './$types';

/*
 * The comparison and both statistics are computed here rather than in the browser: the
 * statistics inputs carry the old municipalities' polygons and every building, megabytes the
 * page would otherwise download only to reduce to two small tables, and a read-only page
 * would compute them twice (server render, then hydration).
 */
export const load: PageServerLoad = async ({ url }) => {
	const parsed = parseCompareParams(url.searchParams);
	if (!parsed.ok) error(400, parsed.message);
	const { a, b, av, bv } = parsed.params;
	const { db } = await database();
	const documentA = await readProposal(db, a, av);
	const documentB = await readProposal(db, b, bv);
	const statistics = createZoneStatistics(await readStatisticsInputs(db));
	return {
		a: documentA,
		b: documentB,
		boundary: await readZoneBoundary(db),
		comparison: compareProposals(documentA.zones, documentB.zones),
		statisticsA: statistics(documentA.zones),
		statisticsB: statistics(documentB.zones),
		basemap: basemapFromSetting(env.PLANBORD_BASEMAP)
	};
};

/** One side, with an unknown proposal or version as a 404 that names it. */
async function readProposal(db: Db, id: number, version: number | undefined) {
	try {
		return await getProposal(db, id, version);
	} catch (cause) {
		if (cause instanceof PlanbordError && cause.reason === ReasonProposalNotFound) {
			error(404, text.proposalNotFound(id));
		}
		if (cause instanceof PlanbordError && cause.reason === ReasonVersionNotFound) {
			error(404, text.versionNotFound(id, version ?? 0));
		}
		throw cause;
	}
}
