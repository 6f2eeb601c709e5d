import type {
	BuildingAttributes,
	BuildingPart,
	ConditionGrade,
	OldMunicipality,
	Tenure
} from '../types';
import { BUILDING_PARTS, DEFAULT_CAPACITY_UNIT } from '../types';
import type { Range, Variant } from './distributions';
import {
	BACKLOG_PER_M2,
	BNR,
	CONDITION_BY_AGE,
	DEPRECIATION,
	FDVU_PER_M2,
	GNR,
	LEASED_SHARE,
	PART_GRADE_DELTA_WEIGHTS,
	PART_GRADES_SHARE,
	REFERENCE_YEAR,
	RENT_PER_M2,
	REPLACEMENT_COST_PER_M2,
	UNSURVEYED_SHARE,
	USABLE_SHARE,
	UTILISATION,
	VALUE_DATE,
	VARIANTS,
	YEAR_BUILT
} from './distributions';
import type { Random } from './prng';
import { createRandom } from './prng';

/** What is known about a building before its sample attributes are drawn. */
export interface BuildingSeed {
	buildingNumber: string;
	name: string;
	address: string | null;
	municipality: OldMunicipality;
	variant: Variant;
	/** Capacity from a real source; null when the source says it is unknown; omit to draw. */
	capacity?: number | null;
	/** BTA range replacing the variant's (a town hall's size by municipality). */
	btaRange?: Range;
	/** Fixed tenure instead of a draw (the town halls are owned). */
	tenure?: Tenure;
	source: string;
}

export interface GeneratedBuilding {
	attributes: BuildingAttributes;
	/** Footprint shape: number of floors (footprint = BTA ÷ floors), length ÷ width, rotation. */
	floors: number;
	aspect: number;
	angle: number;
}

/**
 * Draws a building's sample attributes and footprint shape from streams seeded by its
 * building number, so the result depends only on the seed (see distributions.ts).
 * @example generateAttributes({ buildingNumber: '952000001', variant: 'nursing_home', … })
 */
export function generateAttributes(seed: BuildingSeed): GeneratedBuilding {
	const rng = createRandom(`${seed.buildingNumber}:attributes`);
	const spec = VARIANTS[seed.variant];
	const category = spec.category;
	const { bta, capacity: drawnCapacity } = drawSize(seed, rng);
	const capacityUnit = drawnCapacity === null ? null : DEFAULT_CAPACITY_UNIT[category];
	const capacity = capacityUnit === null ? null : drawnCapacity;
	const bra = Math.floor(bta * rng.uniform(...USABLE_SHARE));
	const yearBuilt = drawYear(rng, YEAR_BUILT[category]);
	const age = REFERENCE_YEAR - yearBuilt;
	const tenure = seed.tenure ?? (rng.chance(LEASED_SHARE[category]) ? 'leased' : 'owned');
	const owned = tenure === 'owned';
	const annualRent = owned ? null : roundNok(bta * rng.uniform(...RENT_PER_M2));
	const surveyed = !rng.chance(UNSURVEYED_SHARE);
	const condition = surveyed ? drawCondition(rng, age) : null;
	const conditionByPart =
		condition !== null && rng.chance(PART_GRADES_SHARE) ? drawPartGrades(rng, condition) : {};
	const backlog =
		owned && condition !== null ? roundNok(bta * rng.uniform(...BACKLOG_PER_M2[condition])) : null;
	const value = owned
		? roundNok(bta * rng.uniform(...REPLACEMENT_COST_PER_M2) * depreciation(age))
		: null;
	const annualFdvuCost = roundNok(bta * rng.uniform(...FDVU_PER_M2[tenure]));
	const users = capacity === null ? null : drawUsers(rng, capacity, UTILISATION[category]);
	const gnr = rng.int(...GNR);
	const bnr = rng.int(...BNR);

	const shape = createRandom(`${seed.buildingNumber}:shape`);
	const attributes: BuildingAttributes = {
		buildingNumber: seed.buildingNumber,
		name: seed.name,
		address: seed.address,
		gnr,
		bnr,
		municipality: seed.municipality,
		category,
		bta,
		bra,
		yearBuilt,
		tenure,
		annualRent,
		condition,
		conditionByPart,
		maintenanceBacklog: backlog,
		value,
		valueMethod: value === null ? null : 'replacement_cost',
		valueDate: value === null ? null : VALUE_DATE,
		annualFdvuCost,
		capacity,
		capacityUnit,
		users,
		source: seed.source,
		sample: true
	};
	return {
		attributes,
		floors: shape.int(...spec.floors),
		aspect: shape.uniform(...spec.aspect),
		angle: shape.uniform(0, Math.PI)
	};
}

/** Value left after age: linear from 1 to the residual share over the lifetime. */
export function depreciation(age: number): number {
	const { lifetimeYears, residual } = DEPRECIATION;
	return Math.max(residual, 1 - ((1 - residual) * Math.max(0, age)) / lifetimeYears);
}

function drawSize(seed: BuildingSeed, rng: Random): { bta: number; capacity: number | null } {
	const sizing = VARIANTS[seed.variant].sizing;
	if (sizing.kind === 'capacity') {
		const basis = seed.capacity ?? rng.int(...sizing.capacity);
		const bta = Math.round(basis * rng.uniform(...sizing.areaPerUnit));
		return { bta, capacity: seed.capacity === null ? null : basis };
	}
	const bta = Math.round(rng.uniform(...(seed.btaRange ?? sizing.bta)));
	if (seed.capacity !== undefined) return { bta, capacity: seed.capacity };
	const perUnit = sizing.areaPerUnit;
	return { bta, capacity: perUnit ? Math.max(1, Math.round(bta / rng.uniform(...perUnit))) : null };
}

function drawYear(rng: Random, segments: readonly (readonly [number, number, number])[]): number {
	const segment = segments[rng.weighted(segments.map(([share]) => share))]!;
	return rng.int(segment[1], segment[2]);
}

function drawCondition(rng: Random, age: number): ConditionGrade {
	let weights = CONDITION_BY_AGE[0]![1];
	for (const [fromAge, w] of CONDITION_BY_AGE) if (age >= fromAge) weights = w;
	return rng.weighted(weights) as ConditionGrade;
}

function drawPartGrades(
	rng: Random,
	overall: ConditionGrade
): Partial<Record<BuildingPart, ConditionGrade>> {
	const grades: Partial<Record<BuildingPart, ConditionGrade>> = {};
	for (const part of BUILDING_PARTS) {
		const delta = rng.weighted(PART_GRADE_DELTA_WEIGHTS) - 1;
		grades[part] = Math.min(3, Math.max(0, overall + delta)) as ConditionGrade;
	}
	return grades;
}

function drawUsers(
	rng: Random,
	capacity: number,
	{ normal, low, lowShare }: (typeof UTILISATION)[keyof typeof UTILISATION]
): number {
	const share = rng.chance(lowShare) ? rng.uniform(...low) : rng.uniform(...normal);
	return Math.min(Math.floor(capacity * 1.1), Math.round(capacity * share));
}

/** Money is stored in whole NOK; sample figures are rounded to the nearest thousand. */
function roundNok(nok: number): number {
	return Math.round(nok / 1000) * 1000;
}
