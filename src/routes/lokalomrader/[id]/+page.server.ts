import { error, redirect } from '@sveltejs/kit';
import { may } from '$lib/auth/may';
import { env } from '$env/dynamic/private';
import { PlanbordError, ReasonProposalNotFound } from '$lib/errors';
import { basemapFromSetting } from '$lib/map/basemaps';
import { database } from '$lib/server/db';
import { readZoneHistory } from '$lib/server/audit/read-audit';
import { describeEntry } from '$lib/audit/describe-entry';
import { getProposal, listVersions } from '$lib/server/zones/read-proposals';
import { readZoneBoundary } from '$lib/server/zones/read-zone-boundary';
import { readStatisticsInputs } from '$lib/server/zones/statistics-inputs';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const id = /^[1-9][0-9]{0,8}$/.test(params.id) ? Number(params.id) : NaN;
	if (Number.isNaN(id)) error(404, 'Forslaget finnes ikke');
	const { db } = await database();
	try {
		const versions = await listVersions(db, id);
		// The editor is for those who may save; others read the newest version.
		if (!may(locals.user, 'planlegger') && versions[0]) {
			redirect(303, `/lokalomrader/${id}/versjon/${versions[0].version}`);
		}
		return {
			document: await getProposal(db, id),
			versions,
			boundary: await readZoneBoundary(db),
			statisticsInputs: await readStatisticsInputs(db),
			basemap: basemapFromSetting(env.PLANBORD_BASEMAP),
			history: (await readZoneHistory(db, id)).map(describeEntry)
		};
	} catch (cause) {
		if (cause instanceof PlanbordError && cause.reason === ReasonProposalNotFound) {
			error(404, 'Forslaget finnes ikke');
		}
		throw cause;
	}
};
