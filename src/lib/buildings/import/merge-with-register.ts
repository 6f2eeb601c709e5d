import type { BuildingAttributes } from '../types';
import type { ImportField } from './column-mapping';
import type { ImportedBuilding } from './types';

/** Which import fields fill which register attribute. */
const FILLED_BY: Partial<Record<keyof BuildingAttributes, ImportField[]>> = {
	gnr: ['gnr', 'gnrBnr'],
	bnr: ['bnr', 'gnrBnr'],
	// An unmapped unit is filled from the category by validation: it counts as mapped with it.
	capacityUnit: ['capacityUnit', 'capacity']
};

/**
 * An imported row as it will be stored. A new building is the row as read. A building
 * already in the register takes the file's value only for the columns the file has: an
 * FDVU export without a "Verdi" column must not wipe every building's value. Per-part
 * condition grades and the sample flag have no import column and are always kept.
 */
export function mergeWithRegister(
	imported: ImportedBuilding,
	existing: BuildingAttributes | undefined,
	mappedFields: readonly ImportField[]
): BuildingAttributes {
	const { geometry: _geometry, ...attributes } = imported;
	if (!existing) return attributes;
	const mapped = new Set(mappedFields);
	const merged = { ...existing, source: attributes.source };
	for (const key of Object.keys(attributes) as (keyof BuildingAttributes)[]) {
		if (key === 'source' || key === 'conditionByPart' || key === 'sample') continue;
		const fields = FILLED_BY[key] ?? [key as ImportField];
		if (fields.some((f) => mapped.has(f))) Object.assign(merged, { [key]: attributes[key] });
	}
	return merged;
}
