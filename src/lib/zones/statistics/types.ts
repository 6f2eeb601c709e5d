import type { MultiPolygon, Polygon } from 'geojson';
import type { BuildingCategory, CapacityUnit, OldMunicipality } from '../../buildings/types';
import type { Ratio } from '../../efficiency/ratio';
import type { Utm32 } from '../../geometry/types';

/*
 * The inputs and outputs of the live zone statistics. Everything is EPSG:25832 metres. Inputs
 * are read once (from the database on the server, or sent with the page) and the statistics
 * function is then called on every edit, so inputs are prepared once and outputs are cached.
 */

/** People at 1 January by SSB 07459's age bands (the `population` table's columns). */
export interface PopulationCounts {
	total: number;
	age0: number;
	age1To5: number;
	age6To15: number;
	age16To66: number;
	age67To79: number;
	age80Plus: number;
}

/** An old municipality, for each zone's shares (0220 Asker, 0627 Røyken, 0628 Hurum). */
export interface OldMunicipalityArea {
	number: string;
	name: string;
	geometry: Utm32<Polygon | MultiPolygon>;
}

/** What a population figure is counted per; the UI words it ("hver gamle kommune"). */
export type PopulationUnitKind = 'old-municipality' | 'grunnkrets' | 'address-point';

/** A polygon with its people, spread evenly over its area (old municipality, grunnkrets). */
export interface PopulationArea {
	id: string;
	geometry: Utm32<Polygon | MultiPolygon>;
	/** Year of the 1 January count. */
	year: number;
	counts: PopulationCounts;
}

/** A point with its people (an address or a 250 m grid cell's centre), counted where it lies. */
export interface PopulationPoint {
	position: [x: number, y: number];
	year: number;
	counts: PopulationCounts;
}

/**
 * Where the people are. Areas are apportioned by the share of each area a zone covers; points
 * are counted in the zone they lie in. A finer source (grunnkrets polygons, address points)
 * plugs in here and the output keeps its shape; only `method` says what changed.
 */
export type PopulationSource =
	| { kind: 'areas'; unit: PopulationUnitKind; source: string; areas: PopulationArea[] }
	| { kind: 'points'; unit: PopulationUnitKind; source: string; points: PopulationPoint[] };

/** A municipal building as a service location, at its position. */
export interface ServiceBuilding {
	id: number;
	name: string;
	category: BuildingCategory;
	position: [x: number, y: number];
	capacity: number | null;
	capacityUnit: CapacityUnit | null;
	users: number | null;
	/** Gross floor area, m². */
	bta: number | null;
	/** Usable floor area, m². */
	bra: number | null;
	municipality: OldMunicipality;
	/** Generated sample record: the UI says so. */
	sample: boolean;
}

/** The services whose capacity is compared with the age band that needs them. */
export const DEMAND_SERVICES = ['kindergarten', 'school', 'nursing_home'] as const;
export type DemandService = (typeof DEMAND_SERVICES)[number];

/** An age band of PopulationCounts. */
export type AgeBand = Exclude<keyof PopulationCounts, 'total'>;

/**
 * Places per person in the band that count as enough; null means no norm is set, and the
 * comparison then shows coverage without calling it a surplus or a shortfall.
 */
export type DemandTargets = Record<DemandService, number | null>;

export interface StatisticsInputs {
	oldMunicipalities: OldMunicipalityArea[];
	population: PopulationSource;
	services: ServiceBuilding[];
	/** Default: one kindergarten place per child 1–5, one school place per child 6–15, no nursing-home norm. */
	demandTargets?: Partial<DemandTargets>;
}

/** How much of a zone lies in one old municipality. */
export interface MunicipalityShare {
	number: string;
	name: string;
	/** m² on the 1 mm grid. */
	area: number;
	/** Of the zone's area, 0…1. */
	fraction: number;
}

/** How a population figure was made, for the note beside it. */
export interface PopulationMethod {
	kind: 'area-apportioned' | 'points';
	unit: PopulationUnitKind;
	/** E.g. "SSB 07459". */
	source: string;
	/** Years of the 1 January counts used, ascending (normally one). */
	years: number[];
}

/** Estimated people in a zone; fractional, because area apportioning gives fractions. */
export interface PopulationEstimate {
	counts: PopulationCounts;
	method: PopulationMethod;
}

/** Capacity and users of one category's buildings counted in one unit. */
export interface UnitCapacity {
	unit: CapacityUnit;
	buildings: number;
	/** Sum over the buildings with a known capacity. */
	capacity: number;
	users: number;
	/** Buildings in this unit without a capacity. */
	capacityMissing: number;
}

/** The buildings of one category in a zone. */
export interface ServiceSummary {
	category: BuildingCategory;
	count: number;
	/** m² BTA over the buildings with a known BTA. */
	bta: number;
	/** Buildings without a BTA. */
	btaMissing: number;
	/** Per capacity unit, in CAPACITY_UNITS order (units are never added together). */
	byUnit: UnitCapacity[];
	/** Buildings with no capacity unit. */
	withoutUnit: number;
}

/** Places against the people of the age band that needs them. */
export interface DemandComparison {
	service: DemandService;
	unit: CapacityUnit;
	band: AgeBand;
	/** Places (in `unit`) of the zone's buildings of this service. */
	places: number;
	/** Estimated people in the band. */
	demand: number;
	/** places / demand. */
	coverage: Ratio;
	target: number | null;
	/** places − target × demand; null when no target is set. */
	balance: number | null;
	/** Buildings of the service whose capacity is missing or in another unit: not in `places`. */
	uncounted: number;
}

/** The figures of one zone, or of the whole proposal. */
export interface ZoneFigures {
	/** m², `planarArea` (the server's function). */
	area: number;
	/** Every old municipality, in input order; `area` 0 where the zone does not reach it. */
	oldMunicipalities: MunicipalityShare[];
	population: PopulationEstimate;
	/** Categories with at least one building, in BUILDING_CATEGORIES order. */
	services: ServiceSummary[];
	/** One entry per DEMAND_SERVICES, in that order. */
	demand: DemandComparison[];
	/** m² BTA of formålsbygg (KOSTRA: housing and technical left out). */
	formaalsbyggBta: number;
	/** formålsbygg m² BTA per estimated inhabitant. */
	btaPerInhabitant: Ratio;
	/** Buildings counted that are generated sample records. */
	sampleBuildings: number;
}

export interface ZoneStatistics extends ZoneFigures {
	zoneId: string;
	name: string;
}
