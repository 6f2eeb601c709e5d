import {
	BUILDING_CATEGORIES,
	type BuildingCategory,
	type CapacityUnit,
	type ConditionGrade
} from '../buildings/types';
import { summariseConditions, type ConditionInput } from '../condition/summarise-conditions';
import { aggregate, type AggregateInput, type CoveredRatio, type CoveredSum } from './aggregate';
import { selectBenchmarks, type Benchmark } from './benchmarks';
import { AREA_KEYS, type AreaKey, type EfficiencyOverview, type OverviewInput } from './overview';

/*
 * Data shaping for the property dashboard: each chart gets one row per thing it draws, with
 * every area (Asker, Røyken, Hurum, new Asker) present in AREA_KEYS order, and null where an
 * area has no building of the kind, so "no buildings" is never drawn as 0. Ratios come from
 * efficiencyOverview and sums from aggregate; nothing here divides a ratio again.
 */

/** One category's m² BTA per user in every area, with the benchmark for it. */
export interface EfficiencyRow {
	category: BuildingCategory;
	/** The unit users are counted in; null when the new municipality mixes units. */
	unit: CapacityUnit | null;
	benchmark: Benchmark | undefined;
	areas: { area: AreaKey; count: number; perUser: CoveredRatio | null }[];
}

/**
 * The categories that count users in some unit, each with m² BTA per user per area and the
 * first benchmark `selectBenchmarks` gives for it (the same one the register shows).
 * @example efficiencyRows(efficiencyOverview(buildings, population), benchmarks)[0]?.category // 'school'
 */
export function efficiencyRows(
	overview: EfficiencyOverview,
	benchmarks: readonly Benchmark[]
): EfficiencyRow[] {
	return overview.byCategory.flatMap(({ category, areas }): EfficiencyRow[] => {
		const whole = areas.get('new');
		if (!whole || whole.units.length === 0) return [];
		const unit = whole.units.length === 1 ? (whole.units[0] ?? null) : null;
		const benchmark = unit
			? selectBenchmarks({ indicator: 'bta_per_user', category, unit }, benchmarks)[0]
			: undefined;
		const perArea = AREA_KEYS.map((area) => {
			const figures = areas.get(area);
			return { area, count: figures?.count ?? 0, perUser: figures?.btaPerUser ?? null };
		});
		return [{ category, unit, benchmark, areas: perArea }];
	});
}

/** Formålsbygg m² BTA per inhabitant in every area, with its benchmark. */
export interface PerInhabitantRow {
	benchmark: Benchmark | undefined;
	areas: { area: AreaKey; count: number; perInhabitant: CoveredRatio | null }[];
}

/**
 * Formålsbygg m² BTA per inhabitant for every area, with the first benchmark for the figure.
 * @example perInhabitantRow(efficiencyOverview(buildings, population), benchmarks).areas[3]?.area // 'new'
 */
export function perInhabitantRow(
	overview: EfficiencyOverview,
	benchmarks: readonly Benchmark[]
): PerInhabitantRow {
	const figure = { indicator: 'bta_per_inhabitant', category: null, unit: 'inhabitants' } as const;
	return {
		benchmark: selectBenchmarks(figure, benchmarks)[0],
		areas: AREA_KEYS.map((area) => {
			const figures = overview.total.get(area);
			return {
				area,
				count: figures?.count ?? 0,
				perInhabitant: figures?.btaPerInhabitant ?? null
			};
		})
	};
}

/** A condition grade, or `none` for buildings that are not assessed. */
export type GradeKey = ConditionGrade | 'none';
export const GRADE_KEYS: readonly GradeKey[] = [0, 1, 2, 3, 'none'];

export interface GradeShare {
	grade: GradeKey;
	count: number;
	/** m² BTA over buildings with a known BTA. */
	bta: number;
	/** Shares of the area's buildings and of its known BTA; null when there is nothing to share. */
	countShare: number | null;
	btaShare: number | null;
}

export interface ConditionDistribution {
	area: AreaKey;
	count: number;
	bta: number;
	/** Graded buildings with no BTA: counted, but missing from the area shares. */
	withoutBta: number;
	grades: GradeShare[];
}

type DistributionInput = ConditionInput & Pick<OverviewInput, 'municipality'>;

/**
 * The NS 3424 distribution per area by number of buildings and by floor area (the new
 * municipality counts every building once).
 * @example conditionDistribution([{ municipality: '0220', condition: 2, bta: 100 }])[0]?.grades[2]?.btaShare // 1
 */
export function conditionDistribution(
	buildings: readonly DistributionInput[]
): ConditionDistribution[] {
	return AREA_KEYS.map((area) => {
		const inArea = area === 'new' ? buildings : buildings.filter((b) => b.municipality === area);
		const summary = summariseConditions(inArea);
		const parts = GRADE_KEYS.map((grade) =>
			grade === 'none'
				? { grade, ...summary.ungraded }
				: { grade, count: summary.count[grade], bta: summary.bta[grade] }
		);
		const count = inArea.length;
		const bta = parts.reduce((sum, p) => sum + p.bta, 0);
		const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
		return {
			area,
			count,
			bta,
			withoutBta: summary.gradedWithoutBta,
			grades: parts.map((p) => ({
				...p,
				countShare: share(p.count, count),
				btaShare: share(p.bta, bta)
			}))
		};
	});
}

/** One category's (or, with category null, all buildings') backlog per area. */
export interface BacklogRow {
	category: BuildingCategory | null;
	areas: { area: AreaKey; count: number; backlog: CoveredSum | null }[];
}

type BacklogInput = AggregateInput & Pick<OverviewInput, 'category' | 'municipality'>;

/**
 * Maintenance backlog summed per category and area with `aggregate`, categories in
 * BUILDING_CATEGORIES order (only those with buildings), then a row for all buildings.
 * @example backlogRows(buildings).at(-1)?.category // null
 */
export function backlogRows(buildings: readonly BacklogInput[]): BacklogRow[] {
	const byCategory = aggregate(buildings, {
		groupBy: (b): string => `${b.municipality}|${b.category}`
	});
	const byArea = aggregate(buildings, { groupBy: (b): string => b.municipality });
	const wholeByCategory = aggregate(buildings, { groupBy: (b): string => `new|${b.category}` });
	const whole = aggregate(buildings, { groupBy: (): string => 'new' });
	const row = (category: BuildingCategory | null): BacklogRow => ({
		category,
		areas: AREA_KEYS.map((area) => {
			const figures =
				category === null
					? (area === 'new' ? whole : byArea).get(area)
					: (area === 'new' ? wholeByCategory : byCategory).get(`${area}|${category}`);
			return {
				area,
				count: figures?.count ?? 0,
				backlog: figures ? figures.maintenanceBacklog : null
			};
		})
	});
	const categories = BUILDING_CATEGORIES.filter((c) => wholeByCategory.has(`new|${c}`));
	return buildings.length === 0 ? [] : [...categories.map(row), row(null)];
}

const NICE_STEPS = [1, 2, 2.5, 5, 10];

/**
 * Axis ticks from 0 in steps of 1, 2, 2.5 or 5 × 10ⁿ, at most `maxCount` steps, the last tick
 * at or above `max`: the chart's domain runs from 0 to the last tick.
 * @example axisTicks(23.4, 5) // [0, 5, 10, 15, 20, 25]
 */
export function axisTicks(max: number, maxCount: number): number[] {
	const steps = Math.max(1, Math.floor(maxCount));
	if (!Number.isFinite(max) || max <= 0) return [0, 1];
	const raw = max / steps;
	const power = 10 ** Math.floor(Math.log10(raw));
	const step = (NICE_STEPS.find((m) => m * power >= raw * (1 - 1e-12)) ?? 10) * power;
	const count = Math.ceil(max / step - 1e-9);
	// toPrecision strips binary noise such as 0.30000000000000004.
	return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}
