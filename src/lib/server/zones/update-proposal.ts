import { eq, sql } from 'drizzle-orm';
import { zoneProposals } from '$db/schema';
import {
	ProposalError,
	ReasonInvalidRequest,
	ReasonProposalHasNoZones,
	ReasonProposalHasProblems
} from '$lib/errors';
import type { ProposalStatus, ProposalSummary } from '$lib/zones/proposal';
import type { Db } from '../db/handle';
import { withTransaction } from '../db/transaction';
import { proposalNotFound } from './proposal-errors';
import { getProposalSummary } from './read-proposals';

export interface ProposalChanges {
	name?: string;
	description?: string;
	status?: ProposalStatus;
}

/**
 * Renames, redescribes or changes the status of a proposal. 'proposed' and 'adopted' are
 * refused (ProposalError 'proposal-has-no-zones' / 'proposal-has-problems') unless the
 * newest version has zones and no topology problems: only a partition can be put forward.
 * The row is locked first, so a save cannot slip problems in between check and update.
 * @example await updateProposal(db, 3, { status: 'proposed' })
 */
export async function updateProposal(
	db: Db,
	id: number,
	changes: ProposalChanges
): Promise<ProposalSummary> {
	const name = changes.name?.trim();
	if (name === '') throw new ProposalError(ReasonInvalidRequest, 'a proposal needs a name');
	return withTransaction(db, async (tx) => {
		const [locked] = await tx
			.select({ id: zoneProposals.id })
			.from(zoneProposals)
			.where(eq(zoneProposals.id, id))
			.for('update');
		if (!locked) throw proposalNotFound(id);
		if (changes.status && changes.status !== 'draft') {
			const current = await getProposalSummary(tx, id);
			if (current.zoneCount === 0) {
				throw new ProposalError(
					ReasonProposalHasNoZones,
					`proposal ${id} version ${current.version} has no zones; it cannot be ${changes.status}`
				);
			}
			if (current.problemCount > 0) {
				throw new ProposalError(
					ReasonProposalHasProblems,
					`proposal ${id} version ${current.version} has ${current.problemCount} topology problems; it cannot be ${changes.status}`
				);
			}
		}
		await tx
			.update(zoneProposals)
			.set({
				...(name !== undefined && { name }),
				...(changes.description !== undefined && { description: changes.description.trim() }),
				...(changes.status !== undefined && { status: changes.status }),
				updatedAt: sql`now()`
			})
			.where(eq(zoneProposals.id, id));
		return getProposalSummary(tx, id);
	});
}
