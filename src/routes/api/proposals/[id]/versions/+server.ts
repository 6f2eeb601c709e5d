import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { proposalErrorResponse, readJsonBody } from '$lib/server/zones/error-response';
import { parseIdParam, parseSaveRequest } from '$lib/server/zones/parse-requests';
import { listVersions } from '$lib/server/zones/read-proposals';
import { saveProposal } from '$lib/server/zones/save-proposal';
import type { RequestHandler } from './$types';

/** The proposal's saved versions, newest first (ProposalVersion[]). */
export const GET: RequestHandler = async ({ params }) => {
	try {
		const id = parseIdParam(params.id, 'id');
		const { db } = await database();
		return json(await listVersions(db, id));
	} catch (error) {
		return proposalErrorResponse(error);
	}
};

/** Saves a SaveRequest `{ baseVersion, zones, note }` as the next version → 201 SaveResult. */
export const POST: RequestHandler = async ({ params, request }) => {
	try {
		const id = parseIdParam(params.id, 'id');
		const save = parseSaveRequest(await readJsonBody(request));
		const { db } = await database();
		return json(await saveProposal(db, id, save), { status: 201 });
	} catch (error) {
		return proposalErrorResponse(error);
	}
};
