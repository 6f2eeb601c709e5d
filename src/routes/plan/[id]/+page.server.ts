import { error } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { PlanbordError, ReasonPlanNotFound } from '$lib/errors';
import { basemapFromSetting } from '$lib/map/basemaps';
import { database } from '$lib/server/db';
import { readHistory } from '$lib/server/audit/read-audit';
import { describeEntry } from '$lib/audit/describe-entry';
import { listMunicipalities } from '$lib/server/municipalities/list-municipalities';
import { getPlan, listPlanCodes } from '$lib/server/plans/read-plans';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const id = /^[1-9][0-9]{0,8}$/.test(params.id) ? Number(params.id) : NaN;
	if (Number.isNaN(id)) error(404, 'Planen finnes ikke');
	const { db } = await database();
	try {
		return {
			plan: await getPlan(db, id),
			codes: await listPlanCodes(db, id),
			municipalities: await listMunicipalities(db),
			basemap: basemapFromSetting(env.PLANBORD_BASEMAP),
			history: (await readHistory(db, 'plan', String(id))).map(describeEntry)
		};
	} catch (cause) {
		if (cause instanceof PlanbordError && cause.reason === ReasonPlanNotFound) {
			error(404, 'Planen finnes ikke');
		}
		throw cause;
	}
};
