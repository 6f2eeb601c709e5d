import { foldName } from '../search/search-names';
import type { BuildingCategory, BuildingSummary, ConditionGrade, OldMunicipality } from './types';

/** What the register table is narrowed to; empty lists and text mean "all". */
export interface BuildingFilter {
	text: string;
	categories: BuildingCategory[];
	municipalities: OldMunicipality[];
	conditions: (ConditionGrade | 'none')[];
}

export const NO_FILTER: BuildingFilter = {
	text: '',
	categories: [],
	municipalities: [],
	conditions: []
};

export type SortKey = keyof Pick<
	BuildingSummary,
	| 'name'
	| 'buildingNumber'
	| 'category'
	| 'municipality'
	| 'bta'
	| 'yearBuilt'
	| 'condition'
	| 'maintenanceBacklog'
	| 'capacity'
	| 'users'
>;
export interface Sort {
	key: SortKey;
	descending: boolean;
}

/**
 * The buildings matching a filter, sorted. Text matches name, address and building number,
 * ignoring case and æøå/diacritics. Unknown values (null) sort last in either direction,
 * because "missing" is never the largest or the smallest figure.
 */
export function filterBuildings(
	buildings: readonly BuildingSummary[],
	filter: BuildingFilter,
	sort: Sort
): BuildingSummary[] {
	const text = foldName(filter.text.trim());
	const matches = buildings.filter(
		(b) =>
			(filter.categories.length === 0 || filter.categories.includes(b.category)) &&
			(filter.municipalities.length === 0 || filter.municipalities.includes(b.municipality)) &&
			(filter.conditions.length === 0 || filter.conditions.includes(b.condition ?? 'none')) &&
			(text === '' || searchText(b).includes(text))
	);
	const direction = sort.descending ? -1 : 1;
	return matches.sort((a, b) => {
		const x = a[sort.key];
		const y = b[sort.key];
		if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
		const order =
			typeof x === 'number' && typeof y === 'number'
				? x - y
				: String(x).localeCompare(String(y), 'nb');
		return order * direction || a.buildingNumber.localeCompare(b.buildingNumber);
	});
}

const folded = new WeakMap<BuildingSummary, string>();

/** Folded once per building: typing in the filter box re-filters thousands of rows. */
function searchText(b: BuildingSummary): string {
	let text = folded.get(b);
	if (text === undefined) {
		text = foldName(`${b.name} ${b.address ?? ''} ${b.buildingNumber}`);
		folded.set(b, text);
	}
	return text;
}
