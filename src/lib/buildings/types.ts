import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Utm32, Wgs84 } from '../geometry/types';

/**
 * Building categories, aligned with the KOSTRA functions the property team reports on.
 * Identifiers are English; bokmål labels live in `$lib/i18n/ui`.
 */
export const BUILDING_CATEGORIES = [
	'school',
	'kindergarten',
	'nursing_home',
	'health',
	'administration',
	'culture',
	'sport',
	'housing',
	'technical'
] as const;
export type BuildingCategory = (typeof BUILDING_CATEGORIES)[number];

/** What a building's capacity and users are counted in. */
export const CAPACITY_UNITS = ['pupils', 'children', 'places', 'workplaces'] as const;
export type CapacityUnit = (typeof CAPACITY_UNITS)[number];

/** The unit a category's capacity is normally counted in; null where none is usual. */
export const DEFAULT_CAPACITY_UNIT: Record<BuildingCategory, CapacityUnit | null> = {
	school: 'pupils',
	kindergarten: 'children',
	nursing_home: 'places',
	health: 'workplaces',
	administration: 'workplaces',
	culture: null,
	sport: null,
	housing: 'places',
	technical: null
};

/** The three municipalities that merged; every building belongs to one of them. */
export const OLD_MUNICIPALITIES = ['0220', '0627', '0628'] as const;
export type OldMunicipality = (typeof OLD_MUNICIPALITIES)[number];

/** NS 3424 condition grade: 0 no symptoms … 3 serious symptoms. */
export type ConditionGrade = 0 | 1 | 2 | 3;

/** NS 3451 building parts at the first level (2 Bygning, 3 VVS, 4 Elkraft, …). */
export const BUILDING_PARTS = ['2', '3', '4', '5', '6', '7'] as const;
export type BuildingPart = (typeof BUILDING_PARTS)[number];

export type Tenure = 'owned' | 'leased';

/** How a building's value was set. */
export const VALUATION_METHODS = ['replacement_cost', 'market', 'book'] as const;
export type ValuationMethod = (typeof VALUATION_METHODS)[number];

/**
 * One building in the register: everything except its geometry. Numbers are null when
 * unknown; unknown is never stored as 0, because 0 would count in sums and averages.
 * Money is whole NOK, areas m² (NS 3940), years are calendar years.
 */
export interface BuildingAttributes {
	/** Matrikkel bygningsnummer: the natural key, digits only. */
	buildingNumber: string;
	name: string;
	address: string | null;
	gnr: number | null;
	bnr: number | null;
	municipality: OldMunicipality;
	category: BuildingCategory;
	/** Gross floor area, m². */
	bta: number | null;
	/** Usable floor area, m². */
	bra: number | null;
	yearBuilt: number | null;
	tenure: Tenure;
	/** Annual rent in NOK when leased. */
	annualRent: number | null;
	/** Overall NS 3424 grade. */
	condition: ConditionGrade | null;
	/** Optional grade per NS 3451 building part. */
	conditionByPart: Partial<Record<BuildingPart, ConditionGrade>>;
	/** NOK to lift TG2/TG3 parts to TG1. */
	maintenanceBacklog: number | null;
	value: number | null;
	valueMethod: ValuationMethod | null;
	/** ISO date (YYYY-MM-DD) of the valuation. */
	valueDate: string | null;
	/** Annual FDVU cost (management, operation, maintenance, development), NOK. */
	annualFdvuCost: number | null;
	capacity: number | null;
	capacityUnit: CapacityUnit | null;
	/** Current users counted in capacityUnit (pupils enrolled, children, residents, staff). */
	users: number | null;
	/** Where the record came from; sample data says so. */
	source: string;
	/** True for generated sample records, shown as such in the UI. */
	sample: boolean;
}

/** A footprint when known, else the building's position. */
export type BuildingGeometry = Polygon | MultiPolygon | Point;

/** The register's GeoJSON exchange form (EPSG:4326 as RFC 7946 requires). */
export type BuildingFeature = Feature<BuildingGeometry, BuildingAttributes>;
export type BuildingCollection = FeatureCollection<BuildingGeometry, BuildingAttributes>;

/** A building as stored: attributes plus geometry in the canonical CRS (EPSG:25832). */
export interface BuildingRecord {
	attributes: BuildingAttributes;
	position: Utm32<Point>;
	footprint: Utm32<MultiPolygon> | null;
}

/** A register entry as lists, tables and the map panel get it (position in lon/lat). */
export interface BuildingSummary extends BuildingAttributes {
	id: number;
	lon: number;
	lat: number;
	/** ISO timestamp of the last change. */
	updatedAt: string;
}

/** One building with its footprint in lon/lat (null when only the position is known). */
export interface BuildingDetails extends BuildingSummary {
	footprint: Wgs84<MultiPolygon> | null;
	/** Bumped on every change of content; an edit form sends back the one it was loaded with. */
	version: number;
}

/** What the map search needs of a building: small, so thousands fit in the page. */
export interface BuildingSearchEntry {
	number: string;
	name: string;
	address: string | null;
	category: BuildingCategory;
	lon: number;
	lat: number;
}
