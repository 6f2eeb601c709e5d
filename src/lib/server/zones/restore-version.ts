import { ProposalError, ReasonVersionNotFound } from '$lib/errors';
import type { Db } from '../db/handle';
import { getProposal } from './read-proposals';
import { saveProposal, type SaveResult } from './save-proposal';

/**
 * Makes an older version current again by saving its zones as a new version (history is
 * never rewritten), with the note "Gjenopprettet versjon N". It is an ordinary save: it
 * needs the planner's base version and is refused on a conflict like any other.
 * @example await restoreVersion(db, 3, { version: 2, baseVersion: 5 }) // → version 6
 */
export async function restoreVersion(
	db: Db,
	id: number,
	target: { version: number; baseVersion: number }
): Promise<SaveResult> {
	if (!Number.isInteger(target.version) || target.version < 1) {
		throw new ProposalError(
			ReasonVersionNotFound,
			`proposal ${id} has no version ${target.version}`
		);
	}
	const { zones } = await getProposal(db, id, target.version);
	return saveProposal(db, id, {
		baseVersion: target.baseVersion,
		zones,
		note: `Gjenopprettet versjon ${target.version}`
	});
}
