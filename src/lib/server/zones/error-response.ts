import { json } from '@sveltejs/kit';
import { ProposalError, ReasonInvalidRequest, type Reason } from '$lib/errors';
import { reasonText } from '$lib/i18n/nb';
import { ProposalProblemsError, VersionConflictError } from './proposal-errors';

const STATUS: Partial<Record<Reason, number>> = {
	'invalid-request': 400,
	'proposal-not-found': 404,
	'version-not-found': 404,
	'version-conflict': 409,
	'proposal-has-problems': 422,
	'proposal-has-no-zones': 422,
	'invalid-zone-geometry': 422,
	'duplicate-zone': 422
};

/**
 * The JSON answer `{ reason, message, … }` for a refused proposal request, with the HTTP
 * status the editor acts on (400 bad body, 404 unknown, 409 conflict with `currentVersion`
 * and `savedAt`, 422 refused content). `message` is bokmål and names the zone when one is
 * at fault. Anything else is rethrown: it is a server error, not a refusal.
 * @example catch (error) { return proposalErrorResponse(error); }
 */
export function proposalErrorResponse(error: unknown): Response {
	if (!(error instanceof ProposalError)) throw error;
	const zone = error.location.feature;
	const body: Record<string, unknown> = {
		reason: error.reason,
		message: `${reasonText(error.reason)}${zone !== undefined ? `: «${zone}»` : ''}`,
		detail: error.detail
	};
	if (error instanceof VersionConflictError) {
		body.currentVersion = error.currentVersion;
		body.savedAt = error.savedAt;
	}
	if (error instanceof ProposalProblemsError) body.problems = error.problems;
	return json(body, { status: STATUS[error.reason] ?? 400 });
}

/** The request body as JSON, or a 400 refusal when it is not JSON. */
export async function readJsonBody(request: Request): Promise<unknown> {
	try {
		return await request.json();
	} catch {
		throw new ProposalError(ReasonInvalidRequest, 'the body is not JSON');
	}
}
