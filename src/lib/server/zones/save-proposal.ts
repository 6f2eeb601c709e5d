import { and, eq, sql } from 'drizzle-orm';
import { zoneProposals } from '$db/schema';
import { checkPartition } from '$lib/zones/check-partition';
import type { SaveRequest } from '$lib/zones/proposal';
import type { PartitionProblem } from '$lib/zones/types';
import type { Db } from '../db/handle';
import { withTransaction } from '../db/transaction';
import { checkZones } from './check-zones';
import { insertVersion } from './insert-version';
import { ProposalProblemsError, VersionConflictError, proposalNotFound } from './proposal-errors';
import { readSummaries } from './read-summaries';
import { readZoneBoundary } from './read-zone-boundary';
import { summariseProblems, type ProblemCounts } from './summarise-problems';

export interface SaveResult {
	/** The version this save became. */
	version: number;
	/** ISO 8601. */
	savedAt: string;
	problemCount: number;
	problemsByKind: ProblemCounts;
	/** What keeps the zones from being a partition (only a draft may have any). */
	problems: PartitionProblem[];
}

/**
 * Saves the zones as the proposal's next version, all or nothing, in one transaction.
 * Optimistic locking: the version number is claimed with a conditional
 * `UPDATE … SET version = version + 1 WHERE id = $1 AND version = $base`, so of two saves
 * from the same base exactly one matches; the other (the row lock makes PostgreSQL
 * re-check the WHERE after the first commits) gets a VersionConflictError with the current
 * version and its time. Zones are checked first: an invalid zone or a repeated id is
 * refused (ProposalError naming the zone) before anything is written. Overlaps, gaps and
 * parts outside are computed against the municipality and stored as the version's problem
 * count; a proposal that is not a draft cannot be saved with any (ProposalProblemsError).
 * @example await saveProposal(db, 3, { baseVersion: 4, zones, note: 'Flyttet grensen ved Vollen' })
 */
export async function saveProposal(db: Db, id: number, request: SaveRequest): Promise<SaveResult> {
	checkZones(request.zones);
	const boundary = await readZoneBoundary(db);
	const problems = checkPartition({ zones: request.zones, boundary });
	return withTransaction(db, async (tx) => {
		const [claimed] = await tx
			.update(zoneProposals)
			.set({ version: sql`${zoneProposals.version} + 1`, updatedAt: sql`now()` })
			.where(and(eq(zoneProposals.id, id), eq(zoneProposals.version, request.baseVersion)))
			.returning({ version: zoneProposals.version, status: zoneProposals.status });
		if (!claimed) {
			const [current] = await readSummaries(tx, eq(zoneProposals.id, id));
			if (!current) throw proposalNotFound(id);
			throw new VersionConflictError(id, request.baseVersion, current.version, current.savedAt);
		}
		if (claimed.status !== 'draft' && problems.length > 0) {
			throw new ProposalProblemsError(
				`proposal ${id} is ${claimed.status}: only a draft may be saved with problems (${problems.length})`,
				problems
			);
		}
		const savedAt = await insertVersion(tx, {
			proposalId: id,
			version: claimed.version,
			zones: request.zones,
			note: request.note,
			problemCount: problems.length
		});
		return {
			version: claimed.version,
			savedAt: savedAt.toISOString(),
			problemCount: problems.length,
			problemsByKind: summariseProblems(problems),
			problems
		};
	});
}
