import { zoneProposals } from '$db/schema';
import { ProposalError, ReasonInvalidRequest } from '$lib/errors';
import { checkPartition } from '$lib/zones/check-partition';
import type { ProposalSummary } from '$lib/zones/proposal';
import type { Zone } from '$lib/zones/types';
import type { Db } from '../db/handle';
import { withTransaction } from '../db/transaction';
import { checkZones } from './check-zones';
import { insertVersion } from './insert-version';
import { getProposal, getProposalSummary } from './read-proposals';
import { readZoneBoundary } from './read-zone-boundary';

export interface NewProposal {
	name: string;
	description?: string;
	/** The first version's zones; without them (and without copyFrom) the proposal is empty. */
	zones?: Zone[];
	/** Copy the newest version of this proposal instead. */
	copyFrom?: number;
	/** The first version's note; a copy says what it was copied from. */
	note?: string;
}

/**
 * Creates a draft proposal: empty (version 0), with initial zones (saved as version 1 in the
 * same transaction), or as a copy of another proposal's newest version (copied_from set).
 * Zones are checked as a save checks them; a draft may have topology problems.
 * @example await createProposal(db, { name: 'Alternativ B', copyFrom: 1 })
 */
export async function createProposal(db: Db, input: NewProposal): Promise<ProposalSummary> {
	const name = input.name.trim();
	if (name === '') throw new ProposalError(ReasonInvalidRequest, 'a proposal needs a name');
	if (input.zones && input.copyFrom !== undefined) {
		throw new ProposalError(ReasonInvalidRequest, 'give either zones or copyFrom, not both');
	}
	let zones = input.zones ?? [];
	let note = input.note ?? 'Første versjon';
	let hasVersion = zones.length > 0;
	if (input.copyFrom !== undefined) {
		const source = await getProposal(db, input.copyFrom);
		zones = source.zones;
		hasVersion = source.version > 0;
		note = input.note ?? `Kopi av «${source.proposal.name}», versjon ${source.version}`;
	} else {
		checkZones(zones);
	}
	const problems = hasVersion
		? checkPartition({ zones, boundary: await readZoneBoundary(db) })
		: [];
	const id = await withTransaction(db, async (tx) => {
		const [row] = await tx
			.insert(zoneProposals)
			.values({
				name,
				description: input.description?.trim() ?? '',
				status: 'draft',
				version: hasVersion ? 1 : 0,
				copiedFrom: input.copyFrom ?? null
			})
			.returning({ id: zoneProposals.id });
		const id = row!.id;
		if (hasVersion) {
			await insertVersion(tx, {
				proposalId: id,
				version: 1,
				zones,
				note,
				problemCount: problems.length
			});
		}
		return id;
	});
	return getProposalSummary(db, id);
}
