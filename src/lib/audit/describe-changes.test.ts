import { describe, expect, it } from 'vitest';
import { roleLabel } from '../auth/role-labels';
import { describeChanges } from './describe-changes';
import type { AuditRow } from './types';

/** nb-NO groups thousands with a no-break space. */
const nb = (text: string) => text.replace(/ (?=\d)/g, '\u00a0');

/** A building row as the trigger stores it (columns by name, hashes as fingerprints). */
function buildingRow(overrides: AuditRow = {}): AuditRow {
	return Object.freeze({
		id: 7,
		building_number: '300123456',
		name: 'Asker skole',
		address: 'Skoleveien 1',
		municipality: '0220',
		category: 'school',
		bta: 4000,
		bra: 3500,
		tenure: 'owned',
		condition: 2,
		condition_by_part: { '2': 2, '3': 1 },
		maintenance_backlog: 8_000_000,
		value: 120_000_000,
		value_date: '2019-12-31',
		capacity: 200,
		capacity_unit: 'pupils',
		users: 180,
		annual_rent: null,
		sample: false,
		position: { type: 'Point', coordinates: [580020, 6633020] },
		footprint: {
			type: 'MultiPolygon',
			coordinates: [
				[
					[
						[580000, 6633000],
						[580040, 6633000],
						[580040, 6633040],
						[580000, 6633000]
					]
				]
			]
		},
		geom: 'md5:0123456789abcdef0123456789abcdef',
		geom_3857: 'md5:fedcba9876543210fedcba9876543210',
		content_hash: 'abc',
		version: 3,
		updated_at: '2025-03-05T13:05:09.123+00:00',
		...overrides
	});
}

describe('describeChanges', () => {
	describe('an update', () => {
		it('lists only the fields that differ, labelled and formatted in bokmål', () => {
			const before = buildingRow();
			const after = buildingRow({
				name: 'Asker ungdomsskole',
				maintenance_backlog: 9_500_000,
				condition: 3,
				category: 'kindergarten',
				tenure: 'leased'
			});
			expect(describeChanges('building', 'update', before, after)).toEqual([
				{ field: 'name', label: 'Navn', before: 'Asker skole', after: 'Asker ungdomsskole' },
				{ field: 'category', label: 'Kategori', before: 'Skole', after: 'Barnehage' },
				{ field: 'tenure', label: 'Eie/leie', before: 'Eid', after: 'Leid' },
				{ field: 'condition', label: 'Tilstandsgrad', before: 'TG2', after: 'TG3' },
				{
					field: 'maintenance_backlog',
					label: 'Vedlikeholdsetterslep',
					before: nb('8 000 000 kr'),
					after: nb('9 500 000 kr')
				}
			]);
		});

		it('skips timestamps, the content hash, derived geometry and the building version', () => {
			const after = buildingRow({
				updated_at: '2025-03-06T08:00:00+00:00',
				content_hash: 'def',
				version: 4,
				geom: 'md5:11111111111111111111111111111111',
				geom_3857: 'md5:22222222222222222222222222222222',
				id: 8
			});
			expect(describeChanges('building', 'update', buildingRow(), after)).toEqual([]);
		});

		it('shows a floor area change below one m² with its decimal', () => {
			const changes = describeChanges(
				'building',
				'update',
				buildingRow({ bta: 4000 }),
				buildingRow({ bta: 4000.4 })
			);
			expect(changes).toEqual([
				{ field: 'bta', label: 'BTA', before: nb('4 000 m²'), after: nb('4 000,4 m²') }
			]);
		});

		it('shows an unknown value as a dash and a cleared one likewise', () => {
			const changes = describeChanges(
				'building',
				'update',
				buildingRow({ annual_rent: null, address: 'Skoleveien 1' }),
				buildingRow({ annual_rent: 250_000, address: null })
			);
			expect(changes).toEqual([
				{ field: 'address', label: 'Adresse', before: 'Skoleveien 1', after: '–' },
				{ field: 'annual_rent', label: 'Husleie per år', before: '–', after: nb('250 000 kr') }
			]);
		});

		it('compares JSON objects by content, not by key order', () => {
			const changes = describeChanges(
				'building',
				'update',
				buildingRow({ condition_by_part: { '2': 2, '3': 1 } }),
				buildingRow({ condition_by_part: { '3': 1, '2': 2 } })
			);
			expect(changes).toEqual([]);
		});

		it('describes grades per building part by part name', () => {
			const [change] = describeChanges(
				'building',
				'update',
				buildingRow(),
				buildingRow({ condition_by_part: { '2': 3, '3': 1 } })
			);
			expect(change).toEqual({
				field: 'condition_by_part',
				label: 'Tilstand per bygningsdel',
				before: 'Bygning TG2, VVS TG1',
				after: 'Bygning TG3, VVS TG1'
			});
		});

		it('never prints geometry: a moved footprint reads «endret»', () => {
			const moved = {
				type: 'MultiPolygon',
				coordinates: [
					[
						[
							[580001, 6633000],
							[580040, 6633000],
							[580040, 6633040],
							[580001, 6633000]
						]
					]
				]
			};
			const changes = describeChanges(
				'building',
				'update',
				buildingRow(),
				buildingRow({ footprint: moved })
			);
			expect(changes).toEqual([
				{ field: 'footprint', label: 'Omriss', before: '', after: 'endret' }
			]);
		});

		it('reads a geometry added as «satt» and one removed as «fjernet»', () => {
			const shape = buildingRow().footprint;
			expect(
				describeChanges('building', 'update', buildingRow({ footprint: null }), buildingRow())
			).toEqual([{ field: 'footprint', label: 'Omriss', before: '', after: 'satt' }]);
			expect(
				describeChanges(
					'building',
					'update',
					buildingRow({ footprint: shape }),
					buildingRow({ footprint: null })
				)
			).toEqual([{ field: 'footprint', label: 'Omriss', before: '', after: 'fjernet' }]);
		});

		it('shows a column it has no label for under its name, after the known ones', () => {
			const changes = describeChanges(
				'building',
				'update',
				buildingRow({ energy_label: 'C' }),
				buildingRow({ energy_label: 'B', name: 'Ny' })
			);
			expect(changes.map((c) => [c.field, c.label, c.before, c.after])).toEqual([
				['name', 'Navn', 'Asker skole', 'Ny'],
				['energy_label', 'energy_label', 'C', 'B']
			]);
		});

		it('hides any md5 fingerprint, even in a column it does not know', () => {
			const changes = describeChanges(
				'share_link',
				'update',
				{ secret: 'md5:0123456789abcdef0123456789abcdef' },
				{ secret: 'md5:fedcba9876543210fedcba9876543210' }
			);
			expect(changes).toEqual([{ field: 'secret', label: 'secret', before: '', after: 'endret' }]);
		});

		it('cuts long text with an ellipsis', () => {
			const long = 'a'.repeat(500);
			const [change] = describeChanges(
				'proposal',
				'update',
				{ description: '' },
				{ description: long }
			);
			expect(change!.before).toBe('«»');
			expect(change!.after).toHaveLength(160);
			expect(change!.after.endsWith('…')).toBe(true);
		});

		it('returns nothing when both rows are missing', () => {
			expect(describeChanges('building', 'update', null, null)).toEqual([]);
		});
	});

	describe('a create and a delete', () => {
		it('a create lists the values given, leaving out empty ones and noise', () => {
			const changes = describeChanges('proposal', 'create', null, {
				id: 4,
				name: 'Alternativ B',
				description: '',
				status: 'draft',
				version: 0,
				copied_from: null,
				created_at: '2025-03-05T13:05:09+00:00',
				updated_at: '2025-03-05T13:05:09+00:00'
			});
			expect(changes).toEqual([
				{ field: 'name', label: 'Navn', before: '', after: 'Alternativ B' },
				{ field: 'status', label: 'Status', before: '', after: 'Utkast' },
				{ field: 'version', label: 'Versjon', before: '', after: '0' }
			]);
		});

		it('a delete lists what the object had, geometry as «satt»', () => {
			const changes = describeChanges(
				'zone',
				'delete',
				{
					version: 2,
					name: 'Heggedal',
					area: 12_345_678.9,
					geom: { type: 'MultiPolygon', coordinates: [] }
				},
				null
			);
			expect(changes).toEqual([
				{ field: 'name', label: 'Navn', before: 'Heggedal', after: '' },
				{ field: 'area', label: 'Areal', before: nb('12 345 679 m²'), after: '' },
				{ field: 'geom', label: 'Geometri', before: 'satt', after: '' },
				{ field: 'version', label: 'Versjon', before: '2', after: '' }
			]);
		});
	});

	describe('users', () => {
		const user = (overrides: AuditRow = {}): AuditRow => ({
			id: 3,
			username: 'kari',
			display_name: 'Kari Nordmann',
			role: 'leser',
			password_hash: 'md5:0123456789abcdef0123456789abcdef',
			must_change_password: false,
			oidc_subject: null,
			active: true,
			...overrides
		});

		it('shows a role change with the role names', () => {
			expect(describeChanges('user', 'update', user(), user({ role: 'admin' }))).toEqual([
				{ field: 'role', label: 'Rolle', before: roleLabel('leser'), after: roleLabel('admin') }
			]);
		});

		it('shows a password change as «endret», never the fingerprint', () => {
			const changes = describeChanges(
				'user',
				'update',
				user(),
				user({ password_hash: 'md5:fedcba9876543210fedcba9876543210', must_change_password: true })
			);
			expect(changes).toEqual([
				{ field: 'password_hash', label: 'Passord', before: '', after: 'endret' },
				{ field: 'must_change_password', label: 'Må bytte passord', before: 'nei', after: 'ja' }
			]);
			expect(JSON.stringify(changes)).not.toContain('md5');
		});

		it('a new user with a password shows it as «satt»', () => {
			const changes = describeChanges('user', 'create', null, user());
			expect(changes.find((c) => c.field === 'password_hash')).toEqual({
				field: 'password_hash',
				label: 'Passord',
				before: '',
				after: 'satt'
			});
			expect(changes.map((c) => c.field)).toEqual([
				'username',
				'display_name',
				'role',
				'active',
				'password_hash',
				'must_change_password'
			]);
		});

		it('shows deactivation as ja → nei', () => {
			expect(describeChanges('user', 'update', user(), user({ active: false }))).toEqual([
				{ field: 'active', label: 'Aktiv', before: 'ja', after: 'nei' }
			]);
		});
	});

	it('formats a share link’s revocation time in Norwegian time', () => {
		const changes = describeChanges(
			'share_link',
			'update',
			{ title: 'Til formannskapet', revoked_at: null },
			{ title: 'Til formannskapet', revoked_at: '2025-03-05T13:05:09+00:00' }
		);
		expect(changes).toEqual([
			{ field: 'revoked_at', label: 'Trukket tilbake', before: '–', after: '05.03.2025, 14:05' }
		]);
	});

	it('does not modify the rows it is given', () => {
		const before = buildingRow();
		const after = buildingRow({ name: 'Ny' });
		expect(() => describeChanges('building', 'update', before, after)).not.toThrow();
		expect(before.name).toBe('Asker skole');
	});
});
