import type { ParseNote } from '../formats/format';
import type { PlanFeature } from './types';

/**
 * Object ids must be unique within a plan (they are how conflicts and provenance point at
 * objects), but files repeat them: copied objects keep their lokalId, hand-edited SOSI files
 * reuse serial numbers. Repeats get a `#2`, `#3` suffix and a note, never a silent drop.
 * @example ensureUniqueIds(features).notes // [{ code: 'duplicate-object-id', … }]
 */
export function ensureUniqueIds(features: PlanFeature[]): {
	features: PlanFeature[];
	notes: ParseNote[];
} {
	const seen = new Map<string, number>();
	const notes: ParseNote[] = [];
	const unique = features.map((f) => {
		const id = f.properties.objectId;
		const count = (seen.get(id) ?? 0) + 1;
		seen.set(id, count);
		if (count === 1) return f;
		const renamed = `${id}#${count}`;
		notes.push({
			code: 'duplicate-object-id',
			feature: id,
			detail: `object id ${id} occurs more than once; this one is stored as ${renamed}`
		});
		return { ...f, properties: { ...f.properties, objectId: renamed } };
	});
	return { features: unique, notes };
}
