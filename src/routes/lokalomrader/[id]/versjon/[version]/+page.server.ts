import { error } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { PlanbordError, ReasonProposalNotFound, ReasonVersionNotFound } from '$lib/errors';
import { VERSION_TEXT as text } from '$lib/i18n/zone-compare';
import { basemapFromSetting } from '$lib/map/basemaps';
import { database } from '$lib/server/db';
import { getProposal, listVersions } from '$lib/server/zones/read-proposals';
import { readZoneBoundary } from '$lib/server/zones/read-zone-boundary';
import { readStatisticsInputs } from '$lib/server/zones/statistics-inputs';
import { createZoneStatistics } from '$lib/zones/statistics/zone-statistics';
import type { PageServerLoad } from './$types';

/** Up to nine digits, no leading zero, as the editor's own route accepts ids. */
const POSITIVE = /^[1-9][0-9]{0,8}$/;

/*
 * A saved version, read-only. The statistics are computed here, not in the browser: a page
 * that never edits needs the small table, not the megabytes of inputs behind it.
 */
export const load: PageServerLoad = async ({ params }) => {
	if (!POSITIVE.test(params.id) || !POSITIVE.test(params.version)) error(404, text.notFound);
	const id = Number(params.id);
	const version = Number(params.version);
	const { db } = await database();
	try {
		const document = await getProposal(db, id, version);
		const saved = (await listVersions(db, id)).find((v) => v.version === version) ?? null;
		return {
			document,
			saved,
			boundary: await readZoneBoundary(db),
			statistics: createZoneStatistics(await readStatisticsInputs(db))(document.zones),
			basemap: basemapFromSetting(env.PLANBORD_BASEMAP)
		};
	} catch (cause) {
		const reason = cause instanceof PlanbordError ? cause.reason : null;
		if (reason === ReasonProposalNotFound || reason === ReasonVersionNotFound) {
			error(404, text.notFound);
		}
		throw cause;
	}
};
