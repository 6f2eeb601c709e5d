import type { MultiPolygon } from 'geojson';
import { zoneProposalVersions, zones as zoneRows } from '$db/schema';
import { planarArea } from '$lib/geometry/area';
import { assumeCrs } from '$lib/geometry/types';
import type { Zone } from '$lib/zones/types';
import type { Tx } from '../db/transaction';

export interface NewVersion {
	proposalId: number;
	version: number;
	zones: readonly Zone[];
	note: string;
	problemCount: number;
}

/**
 * Stores one version: its history row, then its zones (as MultiPolygons, the column's type,
 * with their position in the list and planar area). Runs inside the caller's transaction,
 * which has already claimed the version number. Returns the saved time.
 */
export async function insertVersion(tx: Tx, v: NewVersion): Promise<Date> {
	const [row] = await tx
		.insert(zoneProposalVersions)
		.values({
			proposalId: v.proposalId,
			version: v.version,
			note: v.note,
			zoneCount: v.zones.length,
			problemCount: v.problemCount
		})
		.returning({ savedAt: zoneProposalVersions.savedAt });
	if (v.zones.length > 0) {
		await tx.insert(zoneRows).values(
			v.zones.map((zone, position) => ({
				proposalId: v.proposalId,
				version: v.version,
				zoneKey: zone.id,
				name: zone.name,
				position,
				geom: assumeCrs<25832, MultiPolygon>(
					zone.geometry.type === 'Polygon'
						? { type: 'MultiPolygon', coordinates: [zone.geometry.coordinates] }
						: zone.geometry,
					25832
				),
				area: planarArea(zone.geometry)
			}))
		);
	}
	return row!.savedAt;
}
