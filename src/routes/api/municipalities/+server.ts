import { error, json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { listMunicipalities } from '$lib/server/municipalities/list-municipalities';
import type { RequestHandler } from './$types';

/** GeoJSON (EPSG:4326) of the municipalities; `?date=YYYY-MM-DD` for those valid that day. */
export const GET: RequestHandler = async ({ url }) => {
	const date = url.searchParams.get('date') ?? undefined;
	if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
		error(400, 'date må være på formen ÅÅÅÅ-MM-DD');
	}
	const { db } = await database();
	return json(await listMunicipalities(db, date), {
		headers: { 'content-type': 'application/geo+json; charset=utf-8' }
	});
};
