import { env } from '$env/dynamic/private';
import { database } from '$lib/server/db';
import { listMunicipalities } from '$lib/server/municipalities/list-municipalities';
import { listBuildingSearchEntries } from '$lib/server/buildings/read-buildings';
import { latestMergedPlan } from '$lib/server/plans/read-plans';
import { basemapFromSetting } from '$lib/map/basemaps';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const { db } = await database();
	return {
		municipalities: await listMunicipalities(db),
		buildings: await listBuildingSearchEntries(db),
		basemap: basemapFromSetting(env.PLANBORD_BASEMAP),
		arealdel: await latestMergedPlan(db)
	};
};
