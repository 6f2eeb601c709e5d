import { OBJECT_TYPE_LABEL } from './audit-text';
import { describeChanges } from './describe-changes';
import type { AuditEntry, AuditObjectType, AuditRow, DescribedEntry } from './types';

/**
 * An audit entry as a history panel shows it: which object, in words, and its field
 * changes, without the raw rows (which hold geometry and fingerprints).
 * @example describeEntry(entry).objectLabel // 'Sone «Heggedal»'
 */
export function describeEntry(entry: AuditEntry): DescribedEntry {
	const { before, after, ...rest } = entry;
	return {
		...rest,
		objectLabel: objectLabel(entry),
		changes: describeChanges(entry.objectType, entry.action, before, after)
	};
}

function objectLabel({ objectType, objectId, before, after }: AuditEntry): string {
	const text = (field: string) => textOf(after, field) ?? textOf(before, field);
	const type = OBJECT_TYPE_LABEL[objectType as AuditObjectType] ?? objectType;
	switch (objectType) {
		case 'building': {
			const name = text('name');
			return name ? `«${name}» (bygg ${objectId})` : `${type} ${objectId}`;
		}
		case 'zone': {
			const name = text('name');
			return name ? `${type} «${name}»` : `${type} ${objectId.split('/').slice(1).join('/')}`;
		}
		case 'user':
			return `${type} ${text('username') ?? objectId}`;
		case 'proposal':
		case 'plan':
		case 'share_link': {
			const name = text(objectType === 'share_link' ? 'title' : 'name');
			return name ? `${type} «${name}»` : `${type} ${objectId}`;
		}
		default:
			return `${type} ${objectId}`;
	}
}

function textOf(row: AuditRow | null, field: string): string | undefined {
	const value = row?.[field];
	return typeof value === 'string' && value !== '' ? value : undefined;
}
