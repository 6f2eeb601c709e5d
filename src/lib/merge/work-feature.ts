import type { Paths64 } from 'clipper2-ts';
import type { PlanCodeList, PlanFeature } from '../plans/types';
import type { Box } from './geometry/box';
import type { ConflictType, MergeRule } from './types';

/**
 * A source feature on its way through the merge. `shape` is replaced (never mutated) by
 * each step; `rank` is the feature's place in the order (municipality, objectId), which
 * every step uses to break ties so that input order never matters.
 */
export interface WorkFeature {
	rank: number;
	municipality: string;
	planId: string;
	source: PlanFeature;
	kind: 'landuse' | 'zone';
	/** Harmonised code and list (step 1). */
	code: string | null;
	codeList: PlanCodeList;
	/** Harmonised arealbruksstatus (step 1). */
	status: number | null;
	/** Current geometry on the 1 mm grid, a clean Clipper region. */
	shape: Paths64;
	box: Box | null;
}

/**
 * A conflict before output ids exist. `target` names the feature (by rank) that received
 * the piece; `resolvedInto` becomes the id of the output polygon of that feature that holds
 * most of `piece` (or its first polygon).
 */
export interface DraftConflict {
	type: ConflictType;
	rule: MergeRule;
	municipalities: string[];
	sourceObjects: WorkFeature[];
	shape: Paths64 | null;
	/** m². */
	area: number;
	target: { rank: number; piece: Paths64 | null } | null;
	detail: string;
}

/**
 * Orders (municipality, objectId) by UTF-16 code units: locale-free, so every server sorts alike.
 * @example compareKeys('0220', '7', '0220', '12') // > 0 ("7" after "12")
 */
export function compareKeys(m1: string, o1: string, m2: string, o2: string): number {
	if (m1 !== m2) return m1 < m2 ? -1 : 1;
	if (o1 !== o2) return o1 < o2 ? -1 : 1;
	return 0;
}

/**
 * A feature's reference in conflicts and details: '0220/12'.
 * @example label(feature) // '0220/12'
 */
export function label(feature: WorkFeature): string {
	return `${feature.municipality}/${feature.source.properties.objectId}`;
}
