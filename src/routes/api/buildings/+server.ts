import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { listBuildings } from '$lib/server/buildings/read-buildings';
import type { RequestHandler } from './$types';

/** The register as JSON: every building's attributes with its position in lon/lat. */
export const GET: RequestHandler = async () => {
	const { db } = await database();
	return json(await listBuildings(db));
};
