import { env } from '$env/dynamic/private';
import { database } from '$lib/server/db';
import { listMunicipalities } from '$lib/server/municipalities/list-municipalities';
import { listBuildingSearchEntries } from '$lib/server/buildings/read-buildings';
import { latestMergedPlan } from '$lib/server/plans/read-plans';
import { basemapFromSetting } from '$lib/map/basemaps';
import { readZoneLayer } from '$lib/server/zones/zone-layer';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const { db } = await database();
	const zones = await readZoneLayer(db, url.searchParams.get('p'));
	return {
		zones: zones.layer,
		proposalMissing: zones.missing,
		municipalities: await listMunicipalities(db),
		buildings: await listBuildingSearchEntries(db),
		basemap: basemapFromSetting(env.PLANBORD_BASEMAP),
		arealdel: await latestMergedPlan(db)
	};
};
