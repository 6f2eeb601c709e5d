import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { ParseNote } from '../formats/format';

/**
 * The plan data model every reader produces, the merge consumes and every writer takes.
 * It is deliberately flat: the national product specification (NPAD, SOSI Plan 4.5/5.0)
 * has many more attributes, and those travel untouched in `attributes` so a round trip
 * through Planbord loses nothing. See ../../../../shared/design/plan-standards.md §1–6.
 */

/** What a plan object is, independent of format and SOSI version. */
export type PlanObjectKind =
	/** KpArealformålOmråde (PBL 2008) or KpArealbrukOmråde (PBL 1985): the land-use mosaic. */
	| 'landuse'
	/** A hensynssone (KpSikringSone, KpStøySone, KpFareSone, …, PBL 1985 KpRestriksjonOmråde). */
	| 'zone'
	/** KpOmråde / planområde: the boundary of the whole plan. */
	| 'planarea';

/** Which code list a feature's `code` belongs to. */
export type PlanCodeList =
	/** PBL 2008 § 11-7 arealformål, 4 digits (1001, 1110, …, 6800). */
	| 'arealformal-2008'
	/** PBL 1985 § 20-4 arealbruk (OPLAREAL), 3 digits (100–680). */
	| 'arealbruk-1985'
	/** Reguleringsplan arealformål (`RPAREALFORMÅL`, 4 digits): read, not merged. */
	| 'reguleringsformal-2008'
	/** § 11-8 hensynssone codes (sikring 1xx, støy 2xx, fare 3xx, …). */
	| 'hensynssone'
	/** Anything else (a planområde has no code). */
	| 'none';

export interface PlanFeatureProperties {
	kind: PlanObjectKind;
	/** The object type as written in the file, e.g. `KpArealformålOmråde`, `KpFareSone`. */
	objectType: string;
	/** The code exactly as read (string: keeps leading zeros and codes no list knows). */
	code: string | null;
	codeList: PlanCodeList;
	/** Arealbruksstatus (SOSI `AREALST`): 1 nåværende, 2 framtidig, 3 videreutvikling (1985 only). */
	status: number | null;
	/** `områdenavn` / `hensynSonenavn` / `plannavn`. */
	name: string | null;
	/**
	 * The object's identity in its source: NPAD `lokalId`, SOSI `..IDENT..LOKALID`, or the
	 * SOSI serial number (`.FLATE 12` → "12") when the file has no identifier. Unique within
	 * a plan file.
	 */
	objectId: string;
	/**
	 * Every other attribute, nested groups flattened with dots (`IDENT.NAVNEROM`,
	 * `UTNYTTING.UTNYTTINGSTALL`), values as read (numbers stay numbers).
	 */
	attributes: Record<string, string | number>;
}

/** One area object of a plan, in the CRS its container states. */
export type PlanFeature = Feature<Polygon | MultiPolygon, PlanFeatureProperties>;

/** Who made the plan and under which law: the plan-level facts of a file. */
export interface PlanHeader {
	/** Kommunenummer, always 4 characters ("0220", never 220). */
	municipality: string | null;
	/** Plan identifier (`PLANID` / `planidentifikasjon`), at most 16 characters in NPAD. */
	planId: string | null;
	name: string | null;
	/** Which law the land-use codes follow; inferred from object types when not stated. */
	law: 'pbl2008' | 'pbl1985' | null;
	/** e.g. "SOSI 4.5", "NPAD GML Kommuneplan 20190401", "GeoJSON". */
	format: string;
}

/** What a plan reader returns: features in `srid` (EPSG), the plan header, and notes. */
export interface PlanReadResult {
	header: PlanHeader;
	features: PlanFeature[];
	srid: number;
	notes: ParseNote[];
}

/** A whole plan in memory, as writers take it (coordinates in `srid`). */
export interface PlanDocument {
	header: PlanHeader;
	features: PlanFeature[];
	srid: number;
}
