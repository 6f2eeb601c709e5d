import type { ZoneStatistics } from './statistics/types';
import type { Zone } from './types';

/*
 * A proposal (forslag til soneinndeling) is one alternative division of the new municipality
 * into local areas. Every save is a numbered version; a save names the version it started
 * from, so two planners editing the same proposal never overwrite each other silently.
 */

/** utkast → forslag → vedtatt. Only a draft may be saved with topology problems. */
export const PROPOSAL_STATUSES = ['draft', 'proposed', 'adopted'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** One proposal as the list and the editor header show it. */
export interface ProposalSummary {
	id: number;
	name: string;
	description: string;
	status: ProposalStatus;
	/** The newest saved version; 0 before the first save. */
	version: number;
	zoneCount: number;
	/** Topology problems (overlaps, gaps, outside, invalid) of the newest version. */
	problemCount: number;
	/** ISO 8601 time of the newest save; null before the first save. */
	savedAt: string | null;
	/** The proposal this one was copied from, if any. */
	copiedFrom: number | null;
}

/** One saved version in a proposal's history. */
export interface ProposalVersion {
	version: number;
	savedAt: string;
	note: string;
	zoneCount: number;
	problemCount: number;
}

/** A proposal with the zones of one of its versions (EPSG:25832). */
export interface ProposalDocument {
	proposal: ProposalSummary;
	/** The version these zones belong to (the newest unless an older one was asked for). */
	version: number;
	zones: Zone[];
}

/** What the editor sends to save: the zones, and the version the planner started from. */
export interface SaveRequest {
	baseVersion: number;
	zones: Zone[];
	note: string;
}

/** The zones a map page shows: one proposal's newest version with its key figures. */
export interface ZoneLayerData {
	proposal: ProposalSummary;
	zones: Zone[];
	statistics: ZoneStatistics[];
}
