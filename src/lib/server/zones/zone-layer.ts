import { createZoneStatistics } from '$lib/zones/statistics/zone-statistics';
import type { ZoneLayerData } from '$lib/zones/proposal';
import type { Db } from '../db/handle';
import { getProposal, listProposals } from './read-proposals';
import { readStatisticsInputs } from './statistics-inputs';

/** Which proposal a map shows when the link names none: the most settled one. */
const STATUS_RANK = { adopted: 0, proposed: 1, draft: 2 } as const;

/**
 * The proposal named by the link's `p` (an id), or, when it names none, the adopted proposal
 * (else the newest put forward, else the newest draft) that has zones. `missing` is true when
 * the link named a proposal that does not exist, so the page can say so and show the default.
 * @example const { layer, missing } = await readZoneLayer(db, url.searchParams.get('p'))
 */
export async function readZoneLayer(
	db: Db,
	requested: string | null
): Promise<{ layer: ZoneLayerData | null; missing: boolean }> {
	const proposals = (await listProposals(db)).filter((p) => p.version > 0);
	const wanted = requested && /^[1-9]\d{0,8}$/.test(requested) ? Number(requested) : null;
	const named = proposals.find((p) => p.id === wanted);
	const chosen =
		named ??
		[...proposals].sort(
			(a, b) =>
				STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
				(b.savedAt ?? '').localeCompare(a.savedAt ?? '')
		)[0];
	const missing = requested !== null && !named;
	if (!chosen) return { layer: null, missing };
	const { zones } = await getProposal(db, chosen.id);
	const statistics = createZoneStatistics(await readStatisticsInputs(db))(zones);
	return { layer: { proposal: chosen, zones, statistics }, missing };
}
