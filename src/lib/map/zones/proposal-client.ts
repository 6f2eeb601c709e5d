import type { ProposalSummary, SaveRequest } from '$lib/zones/proposal';

/*
 * The editor's calls to the proposals API. A save names the version it started from; the
 * server answers 409 when someone saved in between, and that is a result, not an error.
 */

export type SaveOutcome =
	| { kind: 'saved'; version: number; problemCount: number }
	| { kind: 'conflict'; currentVersion: number; savedAt: string | null }
	| { kind: 'refused'; message: string };

export async function saveVersion(proposalId: number, request: SaveRequest): Promise<SaveOutcome> {
	const response = await fetch(`/api/proposals/${proposalId}/versions`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(request)
	});
	const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
	if (response.ok) {
		const problems = body.problems;
		return {
			kind: 'saved',
			version: Number(body.version),
			problemCount: Array.isArray(problems) ? problems.length : Number(body.problemCount ?? 0)
		};
	}
	if (response.status === 409 && body.reason === 'version-conflict') {
		return {
			kind: 'conflict',
			currentVersion: Number(body.currentVersion),
			savedAt: typeof body.savedAt === 'string' ? body.savedAt : null
		};
	}
	return { kind: 'refused', message: messageOf(body, response.status) };
}

export async function createProposal(fields: {
	name: string;
	description: string;
}): Promise<ProposalSummary | { message: string }> {
	const response = await fetch('/api/proposals', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(fields)
	});
	const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
	return response.ok
		? (body as unknown as ProposalSummary)
		: { message: messageOf(body, response.status) };
}

function messageOf(body: Record<string, unknown>, status: number): string {
	return typeof body.message === 'string' ? body.message : `Serveren svarte ${status}.`;
}
