import { error, json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { getBuilding } from '$lib/server/buildings/read-buildings';
import type { RequestHandler } from './$types';

/** One building of the register with its footprint (EPSG:4326). */
export const GET: RequestHandler = async ({ params }) => {
	if (!/^[0-9]{1,10}$/.test(params.number)) error(400, 'Bygningsnummer består av 1–10 sifre');
	const { db } = await database();
	const building = await getBuilding(db, params.number);
	if (!building) error(404, `Fant ikke bygg ${params.number}`);
	return json(building);
};
