import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { proposalErrorResponse, readJsonBody } from '$lib/server/zones/error-response';
import { parseIdParam, parseUpdateRequest } from '$lib/server/zones/parse-requests';
import { getProposal } from '$lib/server/zones/read-proposals';
import { updateProposal } from '$lib/server/zones/update-proposal';
import type { RequestHandler } from './$types';

/** The proposal with the zones of its newest version, or of `?version=N` (ProposalDocument). */
export const GET: RequestHandler = async ({ params, url }) => {
	try {
		const id = parseIdParam(params.id, 'id');
		const raw = url.searchParams.get('version');
		const version = raw === null ? undefined : raw === '0' ? 0 : parseIdParam(raw, 'version');
		const { db } = await database();
		return json(await getProposal(db, id, version));
	} catch (error) {
		return proposalErrorResponse(error);
	}
};

/** Changes `{ name?, description?, status? }` → ProposalSummary. */
export const PATCH: RequestHandler = async ({ params, request }) => {
	try {
		const id = parseIdParam(params.id, 'id');
		const changes = parseUpdateRequest(await readJsonBody(request));
		const { db } = await database();
		return json(await updateProposal(db, id, changes));
	} catch (error) {
		return proposalErrorResponse(error);
	}
};
