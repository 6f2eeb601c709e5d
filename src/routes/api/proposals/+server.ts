import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { createProposal } from '$lib/server/zones/create-proposal';
import { proposalErrorResponse, readJsonBody } from '$lib/server/zones/error-response';
import { parseCreateRequest } from '$lib/server/zones/parse-requests';
import { listProposals } from '$lib/server/zones/read-proposals';
import type { RequestHandler } from './$types';

/** Every zone proposal (ProposalSummary[]). */
export const GET: RequestHandler = async () => {
	const { db } = await database();
	return json(await listProposals(db));
};

/** Creates an empty draft, or a copy: `{ name, description?, copyFrom? }` → 201 ProposalSummary. */
export const POST: RequestHandler = async ({ request }) => {
	try {
		const input = parseCreateRequest(await readJsonBody(request));
		const { db } = await database();
		return json(await createProposal(db, input), { status: 201 });
	} catch (error) {
		return proposalErrorResponse(error);
	}
};
