import {
	BUILDING_CATEGORIES,
	OLD_MUNICIPALITIES,
	type BuildingAttributes,
	type BuildingCategory,
	type OldMunicipality
} from '../buildings/types';
import { aggregate, type AggregateInput, type GroupFigures } from './aggregate';

/**
 * KOSTRA's "formålsbygg" per inhabitant counts purpose-built service buildings; municipal
 * housing and technical buildings are outside it, so they stay out of that figure.
 */
export const FORMAALSBYGG: readonly BuildingCategory[] = BUILDING_CATEGORIES.filter(
	(c) => c !== 'housing' && c !== 'technical'
);

/** The columns of the overview: the three old municipalities and the new one. */
export type AreaKey = OldMunicipality | 'new';
export const AREA_KEYS: readonly AreaKey[] = [...OLD_MUNICIPALITIES, 'new'];

export type OverviewInput = AggregateInput & Pick<BuildingAttributes, 'category' | 'municipality'>;

export interface EfficiencyOverview {
	/** Per category (only categories with buildings), per area. */
	byCategory: { category: BuildingCategory; areas: Map<AreaKey, GroupFigures<string>> }[];
	/** Formålsbygg (see FORMAALSBYGG) per area, with m² BTA per inhabitant. */
	total: Map<AreaKey, GroupFigures<string>>;
}

/**
 * The property team's overview: figures per category for Asker, Røyken, Hurum and the new
 * municipality, and all buildings per inhabitant. Two aggregation passes (old municipality,
 * whole) over the same buildings; the new municipality's figures are computed from the
 * buildings, never by combining the three old ratios.
 */
export function efficiencyOverview(
	buildings: readonly OverviewInput[],
	population: Partial<Record<AreaKey, number>>
): EfficiencyOverview {
	const perOld = aggregate(buildings, {
		groupBy: (b): string => `${b.municipality}|${b.category}`
	});
	const perNew = aggregate(buildings, { groupBy: (b): string => `new|${b.category}` });
	const formaalsbygg = buildings.filter((b) => FORMAALSBYGG.includes(b.category));
	const totals = aggregate(formaalsbygg, {
		groupBy: (b) => b.municipality as string,
		populationOf: (key) => population[key as AreaKey]
	});
	const all = aggregate(formaalsbygg, {
		groupBy: (): string => 'new',
		populationOf: () => population.new
	});
	const byCategory = BUILDING_CATEGORIES.filter((c) => perNew.has(`new|${c}`)).map((category) => ({
		category,
		areas: new Map(
			AREA_KEYS.flatMap((area) => {
				const figures = (area === 'new' ? perNew : perOld).get(`${area}|${category}`);
				return figures ? [[area, figures] as const] : [];
			})
		)
	}));
	const total = new Map(
		AREA_KEYS.flatMap((area) => {
			const figures = (area === 'new' ? all : totals).get(area);
			return figures ? [[area, figures] as const] : [];
		})
	);
	return { byCategory, total };
}
