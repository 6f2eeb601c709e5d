import {
	BUILDING_CATEGORIES,
	CAPACITY_UNITS,
	type BuildingCategory,
	type CapacityUnit
} from '../../buildings/types';
import { isKnown, isPositive } from '../../efficiency/ratio';
import type { ServiceBuilding, ServiceSummary, UnitCapacity } from './types';

/**
 * Count, floor area, capacity and users per category, capacity kept apart per unit (pupils,
 * children and places are never added together, as in `efficiency/aggregate.ts`). Unknown
 * numbers are left out of the sums and counted, so the UI can say how many lack them.
 * @example summariseServices([school, school2])[0] // { category: 'school', count: 2, … }
 */
export function summariseServices(buildings: Iterable<ServiceBuilding>): ServiceSummary[] {
	const byCategory = new Map<BuildingCategory, ServiceSummary>();
	for (const b of buildings) {
		let summary = byCategory.get(b.category);
		if (!summary) {
			summary = {
				category: b.category,
				count: 0,
				bta: 0,
				btaMissing: 0,
				byUnit: [],
				withoutUnit: 0
			};
			byCategory.set(b.category, summary);
		}
		summary.count++;
		if (isPositive(b.bta)) summary.bta += b.bta;
		else summary.btaMissing++;
		if (b.capacityUnit === null) {
			summary.withoutUnit++;
			continue;
		}
		const unit = unitOf(summary, b.capacityUnit);
		unit.buildings++;
		if (isKnown(b.capacity)) unit.capacity += b.capacity;
		else unit.capacityMissing++;
		if (isKnown(b.users)) unit.users += b.users;
	}
	return sortSummaries([...byCategory.values()]);
}

/**
 * The entry for a unit in a summary, added when missing.
 * @example unitOf(summary, 'pupils').capacity += 250
 */
export function unitOf(summary: ServiceSummary, unit: CapacityUnit): UnitCapacity {
	let entry = summary.byUnit.find((u) => u.unit === unit);
	if (!entry) {
		entry = { unit, buildings: 0, capacity: 0, users: 0, capacityMissing: 0 };
		summary.byUnit.push(entry);
	}
	return entry;
}

/**
 * Categories in BUILDING_CATEGORIES order and units in CAPACITY_UNITS order, so every zone
 * lists its services the same way whatever order the buildings came in.
 */
export function sortSummaries(summaries: ServiceSummary[]): ServiceSummary[] {
	for (const s of summaries) {
		s.byUnit.sort((a, b) => CAPACITY_UNITS.indexOf(a.unit) - CAPACITY_UNITS.indexOf(b.unit));
	}
	return summaries.sort(
		(a, b) => BUILDING_CATEGORIES.indexOf(a.category) - BUILDING_CATEGORIES.indexOf(b.category)
	);
}
