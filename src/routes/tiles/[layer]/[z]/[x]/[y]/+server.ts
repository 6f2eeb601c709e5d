import { database } from '$lib/server/db';
import { tileResponse } from '$lib/server/tiles/tile-response';
import type { RequestHandler } from './$types';

/** Mapbox Vector Tiles of the large layers, from whichever database backend runs. */
export const GET: RequestHandler = async ({ params, request, url }) =>
	tileResponse(await database(), params, request.headers.get('if-none-match'), url.searchParams);
