import { describe, expect, it } from 'vitest';
import { describeEntry } from './describe-entry';
import type { AuditEntry } from './types';

function entry(overrides: Partial<AuditEntry> = {}): AuditEntry {
	return Object.freeze({
		id: 41,
		at: '2025-03-05T13:05:09.000Z',
		actorName: 'kari',
		action: 'update',
		objectType: 'zone',
		objectId: '3/z-1',
		before: {
			version: 1,
			name: 'Heggedal',
			area: 100,
			geom: { type: 'MultiPolygon', coordinates: [] }
		},
		after: {
			version: 2,
			name: 'Heggedal sør',
			area: 100,
			geom: { type: 'MultiPolygon', coordinates: [] }
		},
		...overrides
	});
}

describe('describeEntry', () => {
	it('names the object and keeps who, when and what, without the raw rows', () => {
		const described = describeEntry(entry());
		expect(described).toEqual({
			id: 41,
			at: '2025-03-05T13:05:09.000Z',
			actorName: 'kari',
			action: 'update',
			objectType: 'zone',
			objectId: '3/z-1',
			objectLabel: 'Sone «Heggedal sør»',
			changes: [
				{ field: 'name', label: 'Navn', before: 'Heggedal', after: 'Heggedal sør' },
				{ field: 'version', label: 'Versjon', before: '1', after: '2' }
			]
		});
		expect(described).not.toHaveProperty('before');
		expect(JSON.stringify(described)).not.toContain('MultiPolygon');
	});

	it.each([
		[
			{ objectType: 'building', objectId: '300123456', after: { name: 'Asker skole' } },
			'«Asker skole» (bygg 300123456)'
		],
		[
			{ objectType: 'building', objectId: '300123456', before: null, after: null },
			'Bygg 300123456'
		],
		[{ objectType: 'zone', action: 'delete' as const, after: null }, 'Sone «Heggedal»'],
		[{ objectType: 'zone', objectId: '3/z-1', before: null, after: null }, 'Sone z-1'],
		[
			{ objectType: 'proposal', objectId: '3', after: { name: 'Alternativ B' } },
			'Lokalområdeforslag «Alternativ B»'
		],
		[
			{ objectType: 'plan', objectId: '7', before: null, after: { name: 'KPA Asker' } },
			'Arealplan «KPA Asker»'
		],
		[{ objectType: 'user', objectId: '5', after: { username: 'ola' } }, 'Bruker ola'],
		[
			{ objectType: 'share_link', objectId: '2', after: { title: 'Til formannskapet' } },
			'Delingslenke «Til formannskapet»'
		],
		[{ objectType: 'benchmark', objectId: 'own-x', after: { key: 'own-x' } }, 'Normtall own-x'],
		[{ objectType: 'something_new', objectId: '9', after: {} }, 'something_new 9']
	])('%o is called %s', (overrides, label) => {
		expect(describeEntry(entry(overrides)).objectLabel).toBe(label);
	});
});
