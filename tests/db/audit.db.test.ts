import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchmarks, buildings, users } from '$db/schema';
import { describeChanges } from '$lib/audit/describe-changes';
import { roleLabel } from '$lib/auth/role-labels';
import type { AuditEntry } from '$lib/audit/types';
import type { BuildingAttributes } from '$lib/buildings/types';
import { planarArea } from '$lib/geometry/area';
import { assumeCrs } from '$lib/geometry/types';
import type { Zone, ZoneGeometry } from '$lib/zones/types';
import { runAs, type Actor } from '$lib/server/audit/actor';
import {
	listAuditActors,
	readAuditLog,
	readHistory,
	readZoneHistory
} from '$lib/server/audit/read-audit';
import { restoreBackup } from '$lib/server/backup/restore-backup';
import { writeBackup } from '$lib/server/backup/write-backup';
import { saveBuildings } from '$lib/server/buildings/save-buildings';
import type { DatabaseHandle, Db } from '$lib/server/db/handle';
import { queryRows } from '$lib/server/db/rows';
import { withTransaction } from '$lib/server/db/transaction';
import { seedMunicipalities } from '$lib/server/municipalities/seed-municipalities';
import { createProposal } from '$lib/server/zones/create-proposal';
import { getProposal } from '$lib/server/zones/read-proposals';
import { saveProposal } from '$lib/server/zones/save-proposal';
import { updateProposal } from '$lib/server/zones/update-proposal';
import { backends } from '../helpers/backends';
import { makeBuilding } from '../helpers/buildings';
import { MUNICIPALITIES_FOLDER } from '../helpers/geodata';
import { rejectionOf } from '../helpers/rejection';

const FINGERPRINT = /^md5:[0-9a-f]{32}$/;
const HASH_1 = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdC1lbg$aGFzaC1lbi1mb3ItdGVzdA';
const HASH_2 = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdC10bw$aGFzaC10by1mb3ItdGVzdA';

const md5 = (text: string) => `md5:${createHash('md5').update(text).digest('hex')}`;

/** A square of `side` metres in EPSG:25832, south-west corner at (x, y). */
function square(x: number, y: number, side: number): ZoneGeometry {
	const ring = [
		[x, y],
		[x + side, y],
		[x + side, y + side],
		[x, y + side],
		[x, y]
	];
	return assumeCrs({ type: 'Polygon', coordinates: [ring] }, 25832);
}

const zone = (id: string, name: string, geometry: ZoneGeometry): Zone => ({ id, name, geometry });

/** Row count and an md5 over every row of audit_log, computed by SQL of its own. */
async function logFingerprint(db: Db): Promise<{ rows: number; digest: string }> {
	const [row] = await queryRows<{ rows: number; digest: string }>(
		db,
		sql`SELECT count(*)::int AS rows,
			md5(coalesce(string_agg(t::text, E'\n' ORDER BY t.id), '')) AS digest
			FROM audit_log t`
	);
	return row!;
}

/** actor_id is not part of AuditEntry (the name is what is shown); tests read it raw. */
async function actorIdOf(db: Db, entryId: number): Promise<number | null> {
	const [row] = await queryRows<{ actor_id: number | null }>(
		db,
		sql`SELECT actor_id FROM audit_log WHERE id = ${entryId}`
	);
	return row!.actor_id;
}

/** The error's message and its causes' (drizzle wraps driver errors). */
function messages(error: unknown): string {
	const parts: string[] = [];
	for (let e = error; e instanceof Error; e = e.cause) parts.push(e.message);
	return parts.join(' | ');
}

describe.each(backends)('audit log on $name', (backend) => {
	let handle: DatabaseHandle;
	let kari: Actor;
	let kariId: number;
	const folder = mkdtempSync(join(tmpdir(), 'planbord-audit-test-'));

	/** Runs a write as Kari, in one transaction, as a request handler would. */
	const asKari = <T>(work: (tx: Db) => Promise<T>) =>
		runAs(kari, () => withTransaction(handle.db, (tx) => work(tx as Db)));

	const writeBuilding = (tx: Db, overrides: Partial<BuildingAttributes>) =>
		saveBuildings(tx, [makeBuilding(overrides)]);

	beforeAll(async () => {
		handle = await backend.open();
		// A zone save checks the zones against the municipality boundary.
		await seedMunicipalities(handle.db, MUNICIPALITIES_FOLDER);
		const [row] = await withTransaction(handle.db, (tx) =>
			tx
				.insert(users)
				.values({
					username: 'kari',
					displayName: 'Kari Nordmann',
					role: 'leser',
					passwordHash: HASH_1
				})
				.returning({ id: users.id })
		);
		kariId = row!.id;
		kari = { id: kariId, name: 'kari' };
	});
	afterAll(async () => {
		await handle?.close();
		rmSync(folder, { recursive: true, force: true });
	});

	it('logs a write outside runAs as made by the system, with no actor id', async () => {
		const [created] = await readHistory(handle.db, 'user', String(kariId));
		expect(created).toMatchObject({ action: 'create', actorName: 'system', before: null });
		expect(await actorIdOf(handle.db, created!.id)).toBeNull();
		expect(created!.after).toMatchObject({ username: 'kari', role: 'leser', active: true });
	});

	it('keeps a password only as an md5 fingerprint, never the hash', async () => {
		const [created] = await readHistory(handle.db, 'user', String(kariId));
		expect(created!.after!.password_hash).toBe(md5(HASH_1));
		const [text] = await queryRows<{ log: string }>(
			handle.db,
			sql`SELECT string_agg(t::text, ' ') AS log FROM audit_log t`
		);
		expect(text!.log).not.toContain(HASH_1);
		expect(text!.log).not.toContain('argon2id');
	});

	it('records who, when, what, before and after of a building created, edited and deleted', async () => {
		const started = Date.now();
		const number = '900000101';
		await asKari((tx) => writeBuilding(tx, { buildingNumber: number, name: 'Testskole' }));
		await asKari((tx) =>
			writeBuilding(tx, {
				buildingNumber: number,
				name: 'Ny skole',
				maintenanceBacklog: 9_000_000
			})
		);
		await asKari((tx) => tx.delete(buildings).where(eq(buildings.buildingNumber, number)));
		const history = await readHistory(handle.db, 'building', number);

		expect(history.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
		const [deleted, updated, created] = history as [AuditEntry, AuditEntry, AuditEntry];
		for (const entry of history) {
			expect(entry.actorName).toBe('kari');
			expect(await actorIdOf(handle.db, entry.id)).toBe(kariId);
			expect(entry.objectId).toBe(number);
			const at = Date.parse(entry.at);
			expect(at).toBeGreaterThanOrEqual(started - 1000);
			expect(at).toBeLessThanOrEqual(Date.now() + 1000);
			expect(entry.at).toBe(new Date(at).toISOString());
		}
		expect(created.before).toBeNull();
		expect(created.after).toMatchObject({ name: 'Testskole', maintenance_backlog: 8_000_000 });
		expect(updated.before).toMatchObject({ name: 'Testskole', maintenance_backlog: 8_000_000 });
		expect(updated.after).toMatchObject({ name: 'Ny skole', maintenance_backlog: 9_000_000 });
		expect(updated.after!.version).toBe((updated.before!.version as number) + 1);
		expect(deleted.before).toMatchObject({ name: 'Ny skole' });
		expect(deleted.after).toBeNull();
	});

	it('stores derived geometry and the content hash of a building only as fingerprints', async () => {
		const number = '900000102';
		await asKari((tx) => writeBuilding(tx, { buildingNumber: number }));
		const [created] = await readHistory(handle.db, 'building', number);
		for (const column of ['geom', 'geom_3857', 'content_hash']) {
			expect(created!.after![column]).toMatch(FINGERPRINT);
		}
		expect(created!.after!.footprint).toMatchObject({ type: 'MultiPolygon' });
	});

	it('shows a building edit as exactly the fields the person changed', async () => {
		const number = '900000103';
		await asKari((tx) => writeBuilding(tx, { buildingNumber: number, name: 'Før' }));
		await asKari((tx) =>
			writeBuilding(tx, { buildingNumber: number, name: 'Etter', condition: 3, users: 190 })
		);
		const [updated] = await readHistory(handle.db, 'building', number);
		const changes = describeChanges('building', 'update', updated!.before, updated!.after);
		expect(changes.map((c) => [c.label, c.before, c.after])).toEqual([
			['Navn', 'Før', 'Etter'],
			['Tilstandsgrad', 'TG2', 'TG3'],
			['Brukere nå', '180', '190']
		]);
	});

	it('does not log an update that changes nothing but timestamps', async () => {
		const number = '900000105';
		await asKari((tx) => writeBuilding(tx, { buildingNumber: number }));
		const proposal = await runAs(kari, () => createProposal(handle.db, { name: 'Uendret' }));
		const before = await logFingerprint(handle.db);
		await asKari(async (tx) => {
			await tx
				.update(buildings)
				.set({ name: sql`name`, updatedAt: sql`now()` })
				.where(eq(buildings.buildingNumber, number));
			await tx.update(benchmarks).set({ updatedAt: sql`now()` });
			await tx
				.update(users)
				.set({ role: 'leser', updatedAt: sql`now()` })
				.where(eq(users.id, kariId));
		});
		// Re-saving the same building is skipped by its content hash; the same name is a no-op.
		await asKari((tx) => writeBuilding(tx, { buildingNumber: number }));
		await runAs(kari, () => updateProposal(handle.db, proposal.id, { name: 'Uendret' }));
		expect(await logFingerprint(handle.db)).toEqual(before);
	});

	it('records a benchmark created, edited and deleted', async () => {
		const key = 'test-audit-benchmark';
		const values = {
			key,
			indicator: 'bta_per_user',
			category: 'school',
			unit: 'pupils',
			value: 15,
			kind: 'target' as const,
			source: 'Test'
		};
		await asKari((tx) => tx.insert(benchmarks).values(values));
		await asKari((tx) =>
			tx
				.update(benchmarks)
				.set({ value: 14.5, updatedAt: sql`now()` })
				.where(eq(benchmarks.key, key))
		);
		await asKari((tx) => tx.delete(benchmarks).where(eq(benchmarks.key, key)));
		const history = await readHistory(handle.db, 'benchmark', key);
		expect(history.map((e) => [e.action, e.actorName])).toEqual([
			['delete', 'kari'],
			['update', 'kari'],
			['create', 'kari']
		]);
		expect(history[1]!.before!.value).toBe(15);
		expect(history[1]!.after!.value).toBe(14.5);
		expect(
			describeChanges('benchmark', 'update', history[1]!.before, history[1]!.after).map(
				(c) => c.field
			)
		).toEqual(['value']);
	});

	it('records zones added, changed and removed between proposal versions', async () => {
		const [a, b, c] = [
			zone('z-a', 'Nord', square(580_000, 6_633_000, 100)),
			zone('z-b', 'Sør', square(580_100, 6_633_000, 100)),
			zone('z-c', 'Vest', square(580_200, 6_633_000, 100))
		];
		const created = await runAs(kari, () =>
			createProposal(handle.db, { name: 'Revisjon', zones: [a, b, c] })
		);
		const id = created.id;
		const grown = square(580_100, 6_633_000, 120);
		const d = zone('z-d', 'Øst', square(580_300, 6_633_000, 100));
		await runAs(kari, () =>
			saveProposal(handle.db, id, {
				baseVersion: 1,
				zones: [{ ...a, name: 'Nordre' }, { ...b, geometry: grown }, d],
				note: 'Andre versjon'
			})
		);
		const history = await readZoneHistory(handle.db, id);
		expect(history.every((e) => e.actorName === 'kari')).toBe(true);
		const summary = history.map((e) => `${e.action} ${e.objectType} ${e.objectId}`);
		// Newest first; a version's zone changes are logged at commit, after the proposal row.
		// Newest first. A version's zones are logged at commit (the trigger is deferred), in
		// zone key order, after the proposal row the same transaction changed.
		expect(summary).toEqual([
			`create zone ${id}/z-d`,
			`delete zone ${id}/z-c`,
			`update zone ${id}/z-b`,
			`update zone ${id}/z-a`,
			`update proposal ${id}`,
			`create zone ${id}/z-c`,
			`create zone ${id}/z-b`,
			`create zone ${id}/z-a`,
			`create proposal ${id}`
		]);
		const byKey = (action: string, key: string) =>
			history.find((e) => e.action === action && e.objectId === `${id}/${key}`)!;
		expect(byKey('update', 'z-a').before).toMatchObject({ version: 1, name: 'Nord' });
		expect(byKey('update', 'z-a').after).toMatchObject({ version: 2, name: 'Nordre' });
		const resized = byKey('update', 'z-b');
		expect(resized.before!.area).toBeCloseTo(planarArea(b.geometry), 6);
		expect(resized.after!.area).toBeCloseTo(planarArea(grown), 6);
		expect(resized.after!.geom).toMatchObject({ type: 'MultiPolygon' });
		expect(describeChanges('zone', 'update', resized.before, resized.after)).toEqual([
			{ field: 'area', label: 'Areal', before: '10\u00a0000 m²', after: '14\u00a0400 m²' },
			{ field: 'geom', label: 'Geometri', before: '', after: 'endret' },
			{ field: 'version', label: 'Versjon', before: '1', after: '2' }
		]);
		expect(byKey('delete', 'z-c')).toMatchObject({ after: null, before: { name: 'Vest' } });
		expect(byKey('create', 'z-d')).toMatchObject({ before: null, after: { name: 'Øst' } });
	});
	it('logs only the new version number when a save leaves every zone as it was', async () => {
		const first = zone('z-a', 'Eneste', square(581_000, 6_633_000, 100));
		const { id } = await runAs(kari, () =>
			createProposal(handle.db, { name: 'Lik lagring', zones: [first] })
		);
		const before = (await readZoneHistory(handle.db, id)).length;
		const document = await getProposal(handle.db, id);
		await runAs(kari, () =>
			saveProposal(handle.db, id, { baseVersion: 1, zones: document.zones, note: 'Ingen endring' })
		);
		const history = await readZoneHistory(handle.db, id);
		expect(history.length).toBe(before + 1);
		expect(history[0]).toMatchObject({ action: 'update', objectType: 'proposal' });
		expect(describeChanges('proposal', 'update', history[0]!.before, history[0]!.after)).toEqual([
			{ field: 'version', label: 'Versjon', before: '1', after: '2' }
		]);
	});

	it('records a role change and a password change, the password as a changed fingerprint', async () => {
		const [row] = await withTransaction(handle.db, (tx) =>
			tx
				.insert(users)
				.values({ username: 'ola', displayName: 'Ola', role: 'leser', passwordHash: HASH_1 })
				.returning({ id: users.id })
		);
		const ola = String(row!.id);
		await asKari((tx) => tx.update(users).set({ role: 'planlegger' }).where(eq(users.id, row!.id)));
		await asKari((tx) =>
			tx
				.update(users)
				.set({ passwordHash: HASH_2, updatedAt: sql`now()` })
				.where(eq(users.id, row!.id))
		);
		const [password, role, created] = (await readHistory(handle.db, 'user', ola)) as [
			AuditEntry,
			AuditEntry,
			AuditEntry
		];
		expect(created).toMatchObject({ action: 'create', actorName: 'system' });
		expect(role).toMatchObject({ action: 'update', actorName: 'kari' });
		expect(describeChanges('user', 'update', role.before, role.after)).toEqual([
			{ field: 'role', label: 'Rolle', before: roleLabel('leser'), after: roleLabel('planlegger') }
		]);
		expect(password).toMatchObject({ action: 'update', actorName: 'kari' });
		expect(password.before!.password_hash).toBe(md5(HASH_1));
		expect(password.after!.password_hash).toBe(md5(HASH_2));
		expect(describeChanges('user', 'update', password.before, password.after)).toEqual([
			{ field: 'password_hash', label: 'Passord', before: '', after: 'endret' }
		]);
		const [text] = await queryRows<{ log: string }>(
			handle.db,
			sql`SELECT string_agg(t::text, ' ') AS log FROM audit_log t`
		);
		expect(text!.log).not.toContain(HASH_2);
	});

	it('does not carry the actor over to a later transaction on the same database', async () => {
		await asKari((tx) => writeBuilding(tx, { buildingNumber: '900000106' }));
		await withTransaction(handle.db, (tx) =>
			saveBuildings(tx, [makeBuilding({ buildingNumber: '900000107' })])
		);
		const [kept] = await readHistory(handle.db, 'building', '900000106');
		const [created] = await readHistory(handle.db, 'building', '900000107');
		expect(kept!.actorName).toBe('kari');
		expect(created!.actorName).toBe('system');
	});

	describe('refuses to change the log, and keeps its rows', () => {
		const statements = [
			['UPDATE', sql`UPDATE audit_log SET actor_name = 'mallory'`],
			['DELETE', sql`DELETE FROM audit_log`],
			['TRUNCATE', sql`TRUNCATE audit_log`]
		] as const;

		it.each(statements)('%s', async (operation, statement) => {
			const before = await logFingerprint(handle.db);
			expect(before.rows).toBeGreaterThan(0);
			const error = await rejectionOf<Error>(handle.db.execute(statement));
			expect(messages(error)).toContain(`audit_log is append-only: ${operation} refused`);
			expect(await logFingerprint(handle.db)).toEqual(before);
		});

		it('also inside a transaction, which then rolls back', async () => {
			const before = await logFingerprint(handle.db);
			const error = await rejectionOf<Error>(
				asKari(async (tx) => {
					await writeBuilding(tx, { buildingNumber: '900000108' });
					await tx.execute(sql`DELETE FROM audit_log WHERE actor_name = 'kari'`);
				})
			);
			expect(messages(error)).toContain('append-only');
			expect(await logFingerprint(handle.db)).toEqual(before);
			expect(await readHistory(handle.db, 'building', '900000108')).toEqual([]);
		});
	});

	it('reads the whole log newest first, by type and actor, a page at a time', async () => {
		for (const n of ['900000111', '900000112', '900000113']) {
			await asKari((tx) => writeBuilding(tx, { buildingNumber: n }));
		}
		const all = await readAuditLog(handle.db, { limit: 500 });
		expect(all.older).toBeNull();
		const ids = all.entries.map((e) => e.id);
		expect(ids).toEqual([...ids].sort((a, b) => b - a));

		const first = await readAuditLog(handle.db, {
			objectType: 'building',
			actor: 'kari',
			limit: 2
		});
		const second = await readAuditLog(handle.db, {
			objectType: 'building',
			actor: 'kari',
			limit: 2,
			before: first.older!
		});
		const expected = all.entries.filter(
			(e) => e.objectType === 'building' && e.actorName === 'kari'
		);
		expect([...first.entries, ...second.entries]).toEqual(expected.slice(0, 4));
		expect(first.older).toBe(first.entries[1]!.id);
		expect(await listAuditActors(handle.db)).toEqual(['kari', 'system']);
	});

	it('a backup and restore adds no rows to the log, and logging goes on afterwards', async () => {
		const file = join(folder, 'backup.jsonl.gz');
		await writeBackup(handle, file);
		const atBackup = await logFingerprint(handle.db);
		await asKari((tx) => writeBuilding(tx, { buildingNumber: '900000109' }));
		expect((await logFingerprint(handle.db)).rows).toBe(atBackup.rows + 1);

		await runAs(kari, () => restoreBackup(handle, file, { force: true }));
		expect(await logFingerprint(handle.db)).toEqual(atBackup);

		await asKari((tx) => writeBuilding(tx, { buildingNumber: '900000110' }));
		const [created] = await readHistory(handle.db, 'building', '900000110');
		expect(created).toMatchObject({ action: 'create', actorName: 'kari' });
	});
});
