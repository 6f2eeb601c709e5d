import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { PlanCodeList, PlanFeature, PlanFeatureProperties } from '../plans/types';

/*
 * The public shapes of the plan merge. The rules these types report on are described in
 * ./README.md (plan-standards.md §5 R1–R3, R6, R14, R15, R17). All geometry is EPSG:25832.
 */

/** One old municipality's land-use plan (kommuneplanens arealdel), EPSG:25832. */
export interface SourcePlan {
	/** Kommunenummer of the old municipality, 4 characters ('0220'). */
	municipality: string;
	planId: string;
	name: string;
	features: PlanFeature[];
}

export interface MergeInput {
	/** At most one plan per old municipality. */
	plans: SourcePlan[];
	/** Old municipality boundaries, EPSG:25832, keyed by kommunenummer. */
	territories: Record<string, Polygon | MultiPolygon>;
	/** The new municipality (the union of the territories in Planbord's data), EPSG:25832. */
	boundary: Polygon | MultiPolygon;
}

/** What `harmonise` returns for one source code. */
export interface HarmonisedCode {
	code: string | null;
	codeList: PlanCodeList;
	/** False when the code is in no list the function knows: the merge keeps the source code. */
	known: boolean;
	/** Why the mapping was chosen (a judgement call is not a fact); null when obvious. */
	judgement: string | null;
}

/** Maps a source code to the merged plan's code list; injected so merge stays independent of the code tables. */
export type Harmonise = (code: string | null, codeList: PlanCodeList) => HarmonisedCode;

/** Maps a source arealbruksstatus to one the merged (PBL 2008) plan allows, with the reason. */
export type HarmoniseStatus = (status: number | null) => {
	status: number | null;
	judgement: string | null;
};

/** The merged plan's identity, written on every output feature. */
export interface MergedPlanIdentity {
	/** Kommunenummer of the new municipality ('3025', later '3203'). */
	municipality: string;
	/** At most 16 characters (plan-standards R13), or `mergePlans` throws a MergeError. */
	planId: string;
	name: string;
	status: 'foreløpig';
}

export interface MergeOptions {
	/** Gap pieces whose mean width (2·area/perimeter) is below this, in metres, are slivers. Default 5. */
	sliverWidth: number;
	/** Gap pieces smaller than this (m²) are always slivers regardless of width. Default 1 (plan-standards R17). */
	minArea: number;
	identity: MergedPlanIdentity;
	/**
	 * Maps a source code to the merged plan's code. Default: identity with known = true.
	 * Not carried into `MergeResult.options`, so the resolved options serialise to JSON.
	 */
	harmonise?: Harmonise;
	/** Maps a source status (3 "videreutvikling" exists only under PBL 1985). Default: unchanged. */
	harmoniseStatus?: HarmoniseStatus;
}

/** What a conflict is about, in the order `MergeResult.conflicts` lists them. */
export const CONFLICT_TYPES = [
	'outside-own-municipality',
	'outside-new-boundary',
	'overlap',
	'gap',
	'unknown-code',
	'harmonised-code',
	'invalid-geometry',
	'duplicate-zone'
] as const;

export type ConflictType = (typeof CONFLICT_TYPES)[number];

/** The rule that resolved a conflict; one per step of the merge (README.md). */
export type MergeRule =
	| 'clipped-to-own-municipality'
	| 'clipped-to-new-boundary'
	| 'overlap-to-longest-border'
	| 'sliver-to-longest-border'
	| 'gap-unresolved'
	| 'code-kept-unknown'
	| 'code-harmonised'
	| 'geometry-repaired'
	| 'zone-deduplicated';

/** A source object, by the old municipality whose plan it came from and its id in that plan. */
export interface SourceObjectRef {
	municipality: string;
	objectId: string;
}

export interface MergeConflict {
	/** 'C0001', … in the order of the list (type, then municipality, then area descending). */
	id: string;
	type: ConflictType;
	rule: MergeRule;
	/** The old municipalities involved, sorted. */
	municipalities: string[];
	/** The source objects involved, sorted by (municipality, objectId). */
	sourceObjects: SourceObjectRef[];
	/** The piece the conflict is about (EPSG:25832), for the map; null for attribute-only conflicts. */
	geometry: Polygon | MultiPolygon | null;
	/**
	 * m²: the piece's area; for 'harmonised-code'/'unknown-code' the feature's area; for
	 * 'invalid-geometry' the area the repair changed (|repaired − as drawn|).
	 */
	area: number;
	/** The output feature id that received the piece or carries the object, or null when it left the plan. */
	resolvedInto: string | null;
	/** Short English machine-ish detail; the UI writes bokmål from type and rule. */
	detail: string;
}

/** Where an output feature came from (the NPAD fields opprinneligPlanId / opprinneligAdministrativEnhet, plan-standards §1.3). */
export interface Provenance {
	municipality: string;
	planId: string;
	objectId: string;
	originalCode: string | null;
	originalCodeList: PlanCodeList;
	objectType: string;
}

export interface MergedFeatureProperties extends PlanFeatureProperties {
	/** Fresh and deterministic: 'M000001', …; also written to `objectId` (plan-standards R9). */
	id: string;
	/** Null for the 'Uavklart' areas the merge created. */
	provenance: Provenance | null;
	/** True for a gap the rules could not give to any land use: a planner must decide. */
	unresolved: boolean;
}

/** One output object: a single polygon (a SOSI FLATE holds one), EPSG:25832. */
export type MergedFeature = Feature<Polygon, MergedFeatureProperties>;

/** The area account for one (old municipality, harmonised code); all figures in m². */
export interface AreaAccountRow {
	/** The old municipality of the source plan; for 'uavklart' the territory the area lies in most, or 'ny'. */
	municipality: string;
	/** The harmonised code, 'no-code' for land use without one, or 'uavklart'. */
	mainKey: string;
	/** Area of the source features inside the new boundary (after geometry repair). */
	before: number;
	/** Output area. */
	after: number;
	/** Inside the new boundary but outside the plan's own old municipality. */
	clipped: number;
	/** Lost to another feature that kept an overlap. */
	overlapRemoved: number;
	/** Gap slivers received. */
	slivered: number;
	/** Gap area that became 'Uavklart'. */
	unresolved: number;
}

export interface AreaAccountTotals {
	before: number;
	after: number;
	clipped: number;
	overlapRemoved: number;
	slivered: number;
	unresolved: number;
	/** Area of the new municipality. */
	boundaryArea: number;
}

export interface AreaAccount {
	/** Sorted by (municipality, mainKey). */
	rows: AreaAccountRow[];
	totals: AreaAccountTotals;
	/** |before − clipped − overlapRemoved + slivered + unresolved − after| in m². */
	imbalance: number;
	/** `imbalance` per km² of the new boundary; the merge promises ≤ 1. */
	imbalancePerKm2: number;
}

export interface MergeResult {
	/** Land use (the mosaic), including 'Uavklart' areas, in id order. */
	features: MergedFeature[];
	/** Hensynssoner, in id order (ids continue after `features`). */
	zones: MergedFeature[];
	conflicts: MergeConflict[];
	account: AreaAccount;
	/** The options used, defaults filled in (without the `harmonise` function). */
	options: MergeOptions;
}

/** A problem `validatePlan` found in one input plan (plan-standards §5). */
export interface PlanProblem {
	type: 'invalid-geometry' | 'overlap' | 'gap' | 'outside-plan-area' | 'missing-attribute';
	/** The objects involved, sorted; for a gap, the land-use objects bordering it. */
	objectIds: string[];
	/** The problem area (EPSG:25832); null for attribute problems and dropped geometry. */
	geometry: Polygon | MultiPolygon | null;
	/** m²: the piece's area; for 'invalid-geometry' the area the repair changed; for 'missing-attribute' the feature's area. */
	area: number;
	detail: string;
}

export interface ValidatePlanOptions {
	/** The plan's KpOmråde; default the union of its 'planarea' features; without either, gaps and outside are not checked. */
	planArea?: Polygon | MultiPolygon;
	/** Gap, overlap and outside pieces below this (m²) are not reported. Default 0: everything. */
	minArea?: number;
}
