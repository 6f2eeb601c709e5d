import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { proposalErrorResponse } from '$lib/server/zones/error-response';
import { parseIdParam } from '$lib/server/zones/parse-requests';
import { zonesAsWgs84FeatureCollection } from '$lib/server/zones/read-proposals';
import type { RequestHandler } from './$types';

/** The zones of the newest version (or `?version=N`) as GeoJSON in EPSG:4326 for the map. */
export const GET: RequestHandler = async ({ params, url }) => {
	try {
		const id = parseIdParam(params.id, 'id');
		const raw = url.searchParams.get('version');
		const version = raw === null ? undefined : parseIdParam(raw, 'version');
		const { db } = await database();
		return json(await zonesAsWgs84FeatureCollection(db, id, version), {
			headers: { 'content-type': 'application/geo+json; charset=utf-8' }
		});
	} catch (error) {
		return proposalErrorResponse(error);
	}
};
