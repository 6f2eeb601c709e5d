import type { ZoneGeometry } from '../types';

/*
 * What `compareProposals` returns. A and B are two proposals (or two versions of one); all
 * geometry is EPSG:25832 and all areas are m² by `planarArea`, the measure the rest of
 * Planbord reports.
 */

/** A zone as the comparison names it. */
export interface ZoneRef {
	id: string;
	name: string;
}

/**
 * One connected piece of ground that A and B assign differently. `a` and `b` are the zones
 * covering it in each proposal (not matched to each other); null where that proposal has no
 * zone there.
 */
export interface DifferencePiece {
	a: ZoneRef | null;
	b: ZoneRef | null;
	/** m², `planarArea` of `geometry`. */
	area: number;
	/** One connected Polygon. */
	geometry: ZoneGeometry;
}

/** How a zone of A found its counterpart in B. */
export type MatchKind = 'id' | 'overlap';

/** A zone of A and the zone of B it corresponds to, with what moved between them. */
export interface ZoneChange {
	a: ZoneRef;
	b: ZoneRef;
	matchedBy: MatchKind;
	/** m² of the zone in A and in B. */
	areaA: number;
	areaB: number;
	/** areaB − areaA. */
	change: number;
	/** m² of A's zone that B gives to another zone or to none. */
	lost: number;
	/** m² of B's zone that A had in another zone or in none. */
	gained: number;
}

export interface ComparisonSummary {
	/** m² of ground assigned differently: the sum of the pieces, which never overlap. */
	changedArea: number;
	pieceCount: number;
	matchedById: number;
	matchedByOverlap: number;
	/** Zones of A with no counterpart in B, in A's order. */
	onlyInA: ZoneRef[];
	/** Zones of B with no counterpart in A, in B's order. */
	onlyInB: ZoneRef[];
}

export interface ProposalComparison {
	/** Largest first. */
	differences: DifferencePiece[];
	/** Matched zones in A's order. */
	matches: ZoneChange[];
	summary: ComparisonSummary;
}
