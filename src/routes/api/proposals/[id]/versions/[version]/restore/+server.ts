import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { proposalErrorResponse, readJsonBody } from '$lib/server/zones/error-response';
import { parseIdParam, parseRestoreRequest } from '$lib/server/zones/parse-requests';
import { restoreVersion } from '$lib/server/zones/restore-version';
import type { RequestHandler } from './$types';

/** Saves version N's zones as a new version: `{ baseVersion }` → 201 SaveResult. */
export const POST: RequestHandler = async ({ params, request }) => {
	try {
		const id = parseIdParam(params.id, 'id');
		const version = parseIdParam(params.version, 'version');
		const { baseVersion } = parseRestoreRequest(await readJsonBody(request));
		const { db } = await database();
		return json(await restoreVersion(db, id, { version, baseVersion }), { status: 201 });
	} catch (error) {
		return proposalErrorResponse(error);
	}
};
