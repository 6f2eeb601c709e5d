import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { desc, eq } from 'drizzle-orm';
import { zoneProposals, zoneProposalVersions } from '$db/schema';
import { ProposalError, ReasonVersionNotFound } from '$lib/errors';
import { toWgs84 } from '$lib/geometry/reproject';
import type { ProposalDocument, ProposalSummary, ProposalVersion } from '$lib/zones/proposal';
import type { Db } from '../db/handle';
import type { Tx } from '../db/transaction';
import { proposalNotFound } from './proposal-errors';
import { readSummaries } from './read-summaries';
import { readVersionZones } from './read-version-zones';

/*
 * The read side of zone proposals: what the list, the editor, the history and the map ask
 * for. Every function throws ProposalError('proposal-not-found') for an unknown id.
 */

/** Every proposal, oldest first, with its newest version's counts. */
export function listProposals(db: Db): Promise<ProposalSummary[]> {
	return readSummaries(db);
}

/** One proposal's summary. */
export async function getProposalSummary(db: Db | Tx, id: number): Promise<ProposalSummary> {
	const [summary] = await readSummaries(db, eq(zoneProposals.id, id));
	if (!summary) throw proposalNotFound(id);
	return summary;
}

/**
 * A proposal with the zones of `version` (default: the newest) in EPSG:25832, as the editor
 * loads it. Version 0 of a never-saved proposal has no zones; any other version that was
 * never saved is a ProposalError('version-not-found').
 * @example const { zones, version } = await getProposal(db, 3)
 */
export async function getProposal(db: Db, id: number, version?: number): Promise<ProposalDocument> {
	const { proposal, wanted } = await resolveVersion(db, id, version);
	const zones = wanted === 0 ? [] : await readVersionZones(db, id, wanted);
	return {
		proposal,
		version: wanted,
		zones: zones.map(({ id, name, geometry }) => ({ id, name, geometry }))
	};
}

/** Version 0 exists only before the first save; others must have been saved. */
async function resolveVersion(
	db: Db,
	id: number,
	version: number | undefined
): Promise<{ proposal: ProposalSummary; wanted: number }> {
	const proposal = await getProposalSummary(db, id);
	const wanted = version ?? proposal.version;
	if (wanted === 0 && proposal.version === 0) return { proposal, wanted };
	if (!Number.isInteger(wanted) || wanted < 1 || wanted > proposal.version) {
		throw new ProposalError(ReasonVersionNotFound, `proposal ${id} has no version ${wanted}`);
	}
	return { proposal, wanted };
}

/** A proposal's saved versions, newest first. */
export async function listVersions(db: Db, id: number): Promise<ProposalVersion[]> {
	await getProposalSummary(db, id);
	const rows = await db
		.select({
			version: zoneProposalVersions.version,
			savedAt: zoneProposalVersions.savedAt,
			note: zoneProposalVersions.note,
			zoneCount: zoneProposalVersions.zoneCount,
			problemCount: zoneProposalVersions.problemCount
		})
		.from(zoneProposalVersions)
		.where(eq(zoneProposalVersions.proposalId, id))
		.orderBy(desc(zoneProposalVersions.version));
	return rows.map((r) => ({ ...r, savedAt: r.savedAt.toISOString() }));
}

export interface ZoneFeatureProperties {
	id: string;
	name: string;
	/** m², planar EPSG:25832, as stored with the version. */
	area: number;
}

/**
 * The zones of a version as GeoJSON in EPSG:4326 for the map, reprojected by the one
 * reprojection module (proj4), with the zone's id, name and area as properties.
 * @example await zonesAsWgs84FeatureCollection(db, 3)
 */
export async function zonesAsWgs84FeatureCollection(
	db: Db,
	id: number,
	version?: number
): Promise<FeatureCollection<Polygon | MultiPolygon, ZoneFeatureProperties>> {
	const { wanted } = await resolveVersion(db, id, version);
	const stored = wanted === 0 ? [] : await readVersionZones(db, id, wanted);
	const features = stored.map((zone): Feature<Polygon | MultiPolygon, ZoneFeatureProperties> => ({
		type: 'Feature',
		id: zone.id,
		geometry: toWgs84(zone.geometry),
		properties: { id: zone.id, name: zone.name, area: zone.area }
	}));
	return { type: 'FeatureCollection', features };
}
