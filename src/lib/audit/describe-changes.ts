import { AUDIT_FIELDS, isNoiseField, type FieldSpec } from './audit-fields';
import { HIDDEN, isHiddenValue, plain } from './format-value';
import type { AuditAction, AuditRow, FieldChange } from './types';

/**
 * The fields an audit entry changed, labelled and formatted in bokmål for a history table.
 * An update lists the fields whose value differs; a create lists what the new object was
 * given and a delete what it had (empty values left out). Timestamps, ids, hashes and
 * other noise are skipped. Geometry and secrets are never printed: they read «satt»,
 * «endret» or «fjernet». Known fields come in a fixed order, unknown ones after them under
 * their column name, so a column added later still shows up.
 * @example
 * describeChanges('building', 'update', { name: 'A', bta: 4000 }, { name: 'B', bta: 4000 })
 * // [{ field: 'name', label: 'Navn', before: 'A', after: 'B' }]
 */
export function describeChanges(
	objectType: string,
	action: AuditAction,
	before: AuditRow | null,
	after: AuditRow | null
): FieldChange[] {
	const known = AUDIT_FIELDS[objectType] ?? {};
	const fields = [
		...new Set([...Object.keys(known), ...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
	];
	const changes: FieldChange[] = [];
	for (const field of fields) {
		if (isNoiseField(objectType, field)) continue;
		const was = before?.[field] ?? null;
		const is = after?.[field] ?? null;
		if (action === 'update' ? sameValue(was, is) : isEmpty(action === 'create' ? is : was)) {
			continue;
		}
		const spec: FieldSpec = known[field] ?? { label: field };
		changes.push({ field, label: spec.label, ...describeValues(spec, action, was, is) });
	}
	return changes;
}

function describeValues(
	spec: FieldSpec,
	action: AuditAction,
	was: unknown,
	is: unknown
): { before: string; after: string } {
	if (spec.hidden || isHiddenValue(was) || isHiddenValue(is)) {
		if (action === 'create') return { before: '', after: HIDDEN.set };
		if (action === 'delete') return { before: HIDDEN.set, after: '' };
		if (was === null) return { before: '', after: HIDDEN.set };
		return { before: '', after: is === null ? HIDDEN.removed : HIDDEN.changed };
	}
	const format = spec.format ?? plain;
	return {
		before: action === 'create' ? '' : format(was),
		after: action === 'delete' ? '' : format(is)
	};
}

function isEmpty(value: unknown): boolean {
	if (value === null || value === undefined || value === '') return true;
	if (Array.isArray(value)) return value.length === 0;
	return typeof value === 'object' && Object.keys(value).length === 0;
}

/** Deep equality of JSON values; object key order does not matter. */
function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const ka = Object.keys(a);
	const kb = Object.keys(b);
	if (ka.length !== kb.length) return false;
	return ka.every(
		(k) => k in b && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
	);
}
