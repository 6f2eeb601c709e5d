import { and, asc, eq, type SQL } from 'drizzle-orm';
import { zoneProposals, zoneProposalVersions } from '$db/schema';
import type { ProposalSummary } from '$lib/zones/proposal';
import type { Db } from '../db/handle';
import type { Tx } from '../db/transaction';

/**
 * Proposal summaries with their newest version's counts and time (one join, no geometry),
 * in id order. The shared query behind the list, the editor header and every service's
 * return value, so they all describe a proposal the same way.
 * @example await readSummaries(db, eq(zoneProposals.id, 3))
 */
export async function readSummaries(db: Db | Tx, where?: SQL): Promise<ProposalSummary[]> {
	const rows = await db
		.select({
			id: zoneProposals.id,
			name: zoneProposals.name,
			description: zoneProposals.description,
			status: zoneProposals.status,
			version: zoneProposals.version,
			copiedFrom: zoneProposals.copiedFrom,
			zoneCount: zoneProposalVersions.zoneCount,
			problemCount: zoneProposalVersions.problemCount,
			savedAt: zoneProposalVersions.savedAt
		})
		.from(zoneProposals)
		.leftJoin(
			zoneProposalVersions,
			and(
				eq(zoneProposalVersions.proposalId, zoneProposals.id),
				eq(zoneProposalVersions.version, zoneProposals.version)
			)
		)
		.where(where)
		.orderBy(asc(zoneProposals.id));
	return rows.map((r) => ({
		...r,
		zoneCount: r.zoneCount ?? 0,
		problemCount: r.problemCount ?? 0,
		savedAt: r.savedAt ? r.savedAt.toISOString() : null
	}));
}
