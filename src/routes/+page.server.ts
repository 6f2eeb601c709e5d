import { env } from '$env/dynamic/private';
import { database } from '$lib/server/db';
import { listMunicipalities } from '$lib/server/municipalities/list-municipalities';
import { listBuildingSearchEntries } from '$lib/server/buildings/read-buildings';
import { latestMergedPlan } from '$lib/server/plans/read-plans';
import { basemapFromSetting } from '$lib/map/basemaps';
import { readZoneLayer } from '$lib/server/zones/zone-layer';
import type { Db } from '$lib/server/db';
import type { PageServerLoad } from './$types';

/** Exactly the shared proposal's zones, never a fallback to another (perhaps a draft). */
async function sharedZoneLayer(db: Db, proposalId: number | null) {
	const zones = proposalId === null ? null : await readZoneLayer(db, String(proposalId));
	const layer = zones?.layer?.proposal.id === proposalId ? zones!.layer : null;
	return { layer, missing: false };
}

export const load: PageServerLoad = async ({ url, locals }) => {
	const { db } = await database();
	// A share link shows the proposal it was published with, whatever the address says.
	const viaShare = !locals.user && locals.share;
	const zones = viaShare
		? await sharedZoneLayer(db, viaShare.proposalId)
		: await readZoneLayer(db, url.searchParams.get('p'));
	return {
		zones: zones.layer,
		proposalMissing: zones.missing,
		municipalities: await listMunicipalities(db),
		buildings: await listBuildingSearchEntries(db),
		basemap: basemapFromSetting(env.PLANBORD_BASEMAP),
		arealdel: await latestMergedPlan(db),
		viaShare: Boolean(viaShare)
	};
};
