import {
	ProposalError,
	ReasonProposalHasProblems,
	ReasonProposalNotFound,
	ReasonVersionConflict
} from '$lib/errors';
import type { PartitionProblem } from '$lib/zones/types';

/*
 * The two refusals that carry more than a reason: the API returns their fields so the editor
 * can offer "load the newest version" or show what is wrong.
 */

/** Someone saved after the planner's base version: nothing was stored. */
export class VersionConflictError extends ProposalError {
	readonly currentVersion: number;
	/** ISO 8601 time of the current version; null if it has never been saved. */
	readonly savedAt: string | null;

	constructor(
		proposalId: number,
		baseVersion: number,
		currentVersion: number,
		savedAt: string | null
	) {
		super(
			ReasonVersionConflict,
			`proposal ${proposalId} is at version ${currentVersion}, not ${baseVersion}`
		);
		this.currentVersion = currentVersion;
		this.savedAt = savedAt;
	}
}

/** A proposal that is not a draft may not hold topology problems: nothing was stored. */
export class ProposalProblemsError extends ProposalError {
	readonly problems: PartitionProblem[];

	constructor(detail: string, problems: PartitionProblem[]) {
		super(ReasonProposalHasProblems, detail);
		this.problems = problems;
	}
}

/** The proposal does not exist. */
export function proposalNotFound(id: number): ProposalError {
	return new ProposalError(ReasonProposalNotFound, `no zone proposal with id ${id}`);
}
