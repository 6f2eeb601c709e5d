import type { Paths64 } from 'clipper2-ts';

/** A land-use area while a plan is generated: local millimetres, PBL 2008 code. */
export interface DraftArea {
	area: Paths64;
	code: string;
	status: number;
	/** Ids of the seeded defects this area carries; such an area is never dissolved or recoded. */
	tags: string[];
}

/** A hensynssone while a plan is generated. */
export interface DraftZone {
	area: Paths64;
	code: string;
	description: string;
	tags: string[];
	/** Set when the same zone is written into more than one plan (a duplicate). */
	objectId?: string;
}

/** What a seeded or natural defect is (defects.json `kind`). */
export type DefectKind =
	| 'sliver'
	| 'overlap'
	| 'gap'
	| 'overlap-within-plan'
	| 'unknown-code'
	| 'expired-code'
	| 'status-3'
	| 'duplicate-zone'
	| 'hole'
	| 'arc';

/** The conflict a correct merge reports for it. */
export type ConflictType =
	| 'outside-own-municipality'
	| 'overlap'
	| 'gap'
	| 'unknown-code'
	| 'harmonised-code'
	| 'duplicate-zone';

/** The rule a correct merge resolves it with. */
export type MergeRule =
	| 'clipped-to-own-municipality'
	| 'overlap-to-longest-border'
	| 'sliver-to-longest-border'
	| 'gap-unresolved'
	| 'code-kept-unknown'
	| 'code-harmonised'
	| 'zone-deduplicated';

/** One entry of geodata/plans/defects.json. */
export interface Defect {
	id: string;
	municipalities: string[];
	kind: DefectKind;
	/** Null for a structure that must pass the merge without a conflict (an island in a hole, arcs). */
	expected: { conflict: ConflictType; rule: MergeRule } | null;
	/** A point inside the defect, EPSG:25832 metres. */
	point: [number, number];
	/** Approximate area, m² (rounded). */
	areaM2: number;
	/** Width of a sliver or reach of an overlap, metres; null for other kinds. */
	widthM: number | null;
	/** Part of the real 2019 boundaries rather than seeded by the generator. */
	natural: boolean;
	/** objectIds of the features that carry it (empty for a gap). */
	objectIds: string[];
	description: string;
}
