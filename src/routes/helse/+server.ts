import { database } from '$lib/server/db';
import type { RequestHandler } from './$types';

/** For load balancers and start scripts: answers once the database is open. No data. */
export const GET: RequestHandler = async () => {
	await database();
	return new Response('ok', { headers: { 'content-type': 'text/plain' } });
};
