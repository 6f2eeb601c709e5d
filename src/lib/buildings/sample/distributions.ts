import type { BuildingCategory, ConditionGrade } from '../types';

/*
 * The distributions the sample generator draws from, in one place so SOURCE.md can quote
 * them. Area norms follow national KOSTRA figures (SSB, CC BY 4.0): 17.8 m² per pupil in
 * school buildings, 9.0 m² per child in kindergarten buildings (older table, probably
 * 2009). Backlog per m² is set so the portfolio lands near the national reference of about
 * NOK 94 bn over 32 million m² ≈ NOK 2 900/m² (KS/Multiconsult 2008). Everything else is a
 * plausible guess, labelled as such in SOURCE.md.
 */

export type Range = readonly [number, number];

/** The year everything is "as of": the old municipalities' last year. */
export const REFERENCE_YEAR = 2019;
export const VALUE_DATE = '2019-12-31';

/** How a variant's size is set. */
export type Sizing =
	/** Capacity drawn (or given by the source), BTA = capacity × m² per unit. */
	| { kind: 'capacity'; capacity: Range; areaPerUnit: Range }
	/** BTA drawn; capacity = BTA ÷ m² per unit, or none. */
	| { kind: 'area'; bta: Range; areaPerUnit: Range | null };

export interface VariantSpec {
	category: BuildingCategory;
	/** Bokmål noun used in invented names ("Eksempel sykehjem Heggedal"). */
	noun: string;
	floors: Range;
	/** Length ÷ width of the footprint rectangle. */
	aspect: Range;
	sizing: Sizing;
}

const SCHOOL_M2_PER_PUPIL: Range = [17.8 * 0.85, 17.8 * 1.2];
const KINDERGARTEN_M2_PER_CHILD: Range = [9.0 * 0.85, 9.0 * 1.25];

export const VARIANTS = {
	primary_school: school('barneskole', [1, 2], [200, 600]),
	lower_secondary_school: school('ungdomsskole', [2, 3], [300, 600]),
	upper_secondary_school: school('videregående skole', [2, 4], [400, 1000], [17.8, 17.8 * 1.4]),
	small_school: school('skole', [1, 2], [40, 300]),
	kindergarten: building('kindergarten', 'barnehage', [1, 2], [1.2, 2.2], {
		kind: 'capacity',
		capacity: [30, 100],
		areaPerUnit: KINDERGARTEN_M2_PER_CHILD
	}),
	open_kindergarten: building('kindergarten', 'åpen barnehage', [1, 1], [1.2, 2], {
		kind: 'area',
		bta: [150, 400],
		areaPerUnit: null
	}),
	nursing_home: building('nursing_home', 'sykehjem', [2, 4], [1.3, 2.5], {
		kind: 'capacity',
		capacity: [30, 110],
		areaPerUnit: [55, 65]
	}),
	health_station: area('health', 'helsestasjon', [1, 2], [300, 1200], [25, 35]),
	health_house: area('health', 'helsehus', [2, 4], [1500, 4000], [25, 35]),
	town_hall: area('administration', 'rådhus', [2, 4], [3000, 12000], [20, 30]),
	office: area('administration', 'administrasjonsbygg', [2, 4], [600, 3000], [20, 30]),
	library: area('culture', 'bibliotek', [1, 3], [800, 3500], null),
	culture_house: area('culture', 'kulturhus', [2, 3], [1500, 5000], null),
	youth_club: area('culture', 'fritidsklubb', [1, 2], [200, 700], null),
	arts_school: area('culture', 'kulturskole', [1, 3], [400, 1500], null),
	swimming_pool: area('sport', 'svømmehall', [1, 2], [1500, 3500], null, [1.3, 1.8]),
	sports_hall: area('sport', 'idrettshall', [1, 1], [1200, 2800], null, [1.3, 1.8]),
	municipal_housing: area('housing', 'kommunale boliger', [1, 3], [150, 900], [55, 80]),
	care_housing: area('housing', 'omsorgsboliger', [2, 4], [800, 2500], [60, 80]),
	group_home: area('housing', 'bofellesskap', [1, 2], [300, 900], [45, 70]),
	depot: area('technical', 'driftsstasjon', [1, 2], [600, 2500], null),
	pump_station: area('technical', 'pumpestasjon', [1, 1], [25, 120], null, [1, 1.5]),
	treatment_plant: area('technical', 'renseanlegg', [1, 1], [200, 1500], null)
} satisfies Record<string, VariantSpec>;

export type Variant = keyof typeof VARIANTS;

/** Which invented variants a category draws from, with their shares. */
export const VARIANT_SHARES: Partial<Record<BuildingCategory, readonly [Variant, number][]>> = {
	nursing_home: [['nursing_home', 1]],
	health: [
		['health_station', 0.7],
		['health_house', 0.3]
	],
	administration: [['office', 1]],
	culture: [
		['culture_house', 0.2],
		['youth_club', 0.4],
		['arts_school', 0.4]
	],
	sport: [['sports_hall', 1]],
	housing: [
		['municipal_housing', 0.7],
		['care_housing', 0.2],
		['group_home', 0.1]
	],
	technical: [
		['depot', 0.25],
		['pump_station', 0.55],
		['treatment_plant', 0.2]
	]
};

/** Year built: segments [share, first year, last year] per category. */
export const YEAR_BUILT: Record<BuildingCategory, readonly (readonly [number, number, number])[]> =
	{
		school: [
			[0.15, 1900, 1949],
			[0.5, 1950, 1989],
			[0.35, 1990, 2019]
		],
		kindergarten: [
			[0.5, 1970, 1999],
			[0.5, 2000, 2019]
		],
		nursing_home: [
			[0.4, 1960, 1985],
			[0.6, 1986, 2016]
		],
		health: [
			[0.5, 1960, 1995],
			[0.5, 1996, 2019]
		],
		administration: [
			[0.3, 1900, 1959],
			[0.5, 1960, 1995],
			[0.2, 1996, 2019]
		],
		culture: [
			[0.3, 1900, 1949],
			[0.4, 1950, 1995],
			[0.3, 1996, 2019]
		],
		sport: [
			[0.5, 1965, 1995],
			[0.5, 1996, 2019]
		],
		housing: [
			[0.2, 1930, 1969],
			[0.5, 1970, 1999],
			[0.3, 2000, 2019]
		],
		technical: [
			[0.4, 1950, 1979],
			[0.6, 1980, 2019]
		]
	};

/** Share of buildings the municipality leases rather than owns. */
export const LEASED_SHARE: Record<BuildingCategory, number> = {
	school: 0.02,
	kindergarten: 0.08,
	nursing_home: 0.1,
	health: 0.35,
	administration: 0.3,
	culture: 0.2,
	sport: 0.03,
	housing: 0.15,
	technical: 0.02
};

/** Users ÷ capacity: usually `normal`, with probability `lowShare` clearly under-used. */
export interface Utilisation {
	normal: Range;
	low: Range;
	lowShare: number;
}

export const UTILISATION: Record<BuildingCategory, Utilisation> = {
	school: { normal: [0.6, 1.05], low: [0.35, 0.6], lowShare: 0.12 },
	kindergarten: { normal: [0.8, 1.02], low: [0.45, 0.75], lowShare: 0.1 },
	nursing_home: { normal: [0.9, 1.02], low: [0.6, 0.8], lowShare: 0.1 },
	health: { normal: [0.6, 1.0], low: [0.35, 0.6], lowShare: 0.15 },
	administration: { normal: [0.6, 1.0], low: [0.35, 0.6], lowShare: 0.15 },
	culture: { normal: [0.6, 1.0], low: [0.35, 0.6], lowShare: 0.1 },
	sport: { normal: [0.6, 1.0], low: [0.35, 0.6], lowShare: 0.1 },
	housing: { normal: [0.85, 1.0], low: [0.5, 0.8], lowShare: 0.1 },
	technical: { normal: [0.6, 1.0], low: [0.35, 0.6], lowShare: 0.1 }
};

/** BRA ÷ BTA. */
export const USABLE_SHARE: Range = [0.8, 0.9];

/** Overall NS 3424 grade by age: [first age, weights of TG0, TG1, TG2, TG3]. */
export const CONDITION_BY_AGE: readonly (readonly [number, readonly number[]])[] = [
	[0, [0.4, 0.45, 0.15, 0]],
	[10, [0.05, 0.4, 0.4, 0.15]],
	[30, [0, 0.2, 0.45, 0.35]],
	[50, [0, 0.1, 0.45, 0.45]]
];

/** Share of buildings not yet surveyed (condition and backlog unknown). */
export const UNSURVEYED_SHARE = 0.05;
/** Share of surveyed buildings with a grade per NS 3451 building part. */
export const PART_GRADES_SHARE = 0.4;
/** A part's grade differs from the overall grade by −1, 0, +1 with these weights. */
export const PART_GRADE_DELTA_WEIGHTS = [0.25, 0.5, 0.25] as const;

/** Maintenance backlog per m² BTA by overall grade, NOK. */
export const BACKLOG_PER_M2: Record<ConditionGrade, Range> = {
	0: [0, 0],
	1: [0, 600],
	2: [1500, 3000],
	3: [3000, 6000]
};

/** Replacement cost per m² BTA, NOK (2019). */
export const REPLACEMENT_COST_PER_M2: Range = [35_000, 45_000];
/** Value = replacement cost × max(RESIDUAL, 1 − (1 − RESIDUAL) × age ÷ LIFETIME). */
export const DEPRECIATION = { lifetimeYears: 60, residual: 0.3 } as const;

/** Annual FDVU cost per m² BTA, NOK: owned buildings, and leased ones (rent comes on top). */
export const FDVU_PER_M2 = { owned: [800, 1400] as Range, leased: [300, 600] as Range };
/** Annual rent per m² BTA of leased buildings, NOK. */
export const RENT_PER_M2: Range = [1500, 2500];

/** Generated cadastral numbers (not real). */
export const GNR: Range = [1, 140];
export const BNR: Range = [1, 600];

function school(
	noun: string,
	floors: Range,
	capacity: Range,
	areaPerUnit: Range = SCHOOL_M2_PER_PUPIL
): VariantSpec {
	return building('school', noun, floors, [1.5, 3], { kind: 'capacity', capacity, areaPerUnit });
}

function area(
	category: BuildingCategory,
	noun: string,
	floors: Range,
	bta: Range,
	areaPerUnit: Range | null,
	aspect: Range = [1.2, 2.5]
): VariantSpec {
	return building(category, noun, floors, aspect, { kind: 'area', bta, areaPerUnit });
}

function building(
	category: BuildingCategory,
	noun: string,
	floors: Range,
	aspect: Range,
	sizing: Sizing
): VariantSpec {
	return { category, noun, floors, aspect, sizing };
}
