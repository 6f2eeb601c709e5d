import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '$lib/server/db/handle';
import { queryRows } from '$lib/server/db/rows';
import { MAX_FAILURES_PER_USER } from '$lib/auth/login-limit';
import { bootstrapAdmin } from '$lib/server/auth/bootstrap-admin';
import {
	clearLoginFailures,
	loginRetryAfter,
	recordLoginFailure
} from '$lib/server/auth/login-failures';
import { verifyPassword } from '$lib/server/auth/passwords';
import {
	SESSION_LIFETIME_MS,
	SESSION_MAX_AGE_MS,
	createSession,
	deleteSession,
	deleteUserSessions,
	readSession
} from '$lib/server/auth/sessions';
import {
	createShareLink,
	listShareLinks,
	readShareLink,
	revokeShareLink
} from '$lib/server/auth/share-links';
import { createUser, findUserByName, setPassword, updateUser } from '$lib/server/auth/users';
import { backends } from '../helpers/backends';

describe.each(backends)('accounts and sessions on $name', (backend) => {
	let handle: DatabaseHandle;
	let adminPassword: string | null;
	beforeAll(async () => {
		handle = await backend.open();
		adminPassword = await bootstrapAdmin(handle.db);
	});
	afterAll(() => handle?.close());

	it('creates an administrator with a one-time password on first start, once', async () => {
		expect(adminPassword).toMatch(/^[A-Za-z0-9]{15}$/);
		const admin = await findUserByName(handle.db, 'admin');
		expect(admin).toMatchObject({ role: 'admin', mustChangePassword: true, active: true });
		expect(admin!.passwordHash).toMatch(/^\$argon2id\$/);
		expect(admin!.passwordHash).not.toContain(adminPassword!);
		expect(await verifyPassword(admin!.passwordHash, adminPassword!)).toBe(true);
		expect(await bootstrapAdmin(handle.db)).toBeNull();
	});

	it('refuses a taken user name and stores names in lower case', async () => {
		expect(
			await createUser(handle.db, { username: 'Kari', displayName: 'Kari', role: 'leser' })
		).not.toBeNull();
		expect(
			await createUser(handle.db, { username: 'kari', displayName: 'Kari 2', role: 'admin' })
		).toBeNull();
		expect((await findUserByName(handle.db, 'KARI'))?.displayName).toBe('Kari');
	});

	it('keeps a session until it expires, renews it past half-time, and ends it on logout', async () => {
		const user = (await createUser(
			handle.db,
			{ username: 'ola', displayName: 'Ola', role: 'eiendom' },
			'x'.repeat(12),
			false
		))!;
		const start = new Date('2026-11-27T08:00:00Z');
		const { token, expiresAt } = await createSession(handle.db, user.id, start);
		expect(expiresAt.getTime() - start.getTime()).toBe(SESSION_LIFETIME_MS);
		const early = await readSession(handle.db, token, new Date(start.getTime() + 60_000));
		expect(early).toEqual({
			user: {
				id: user.id,
				username: 'ola',
				displayName: 'Ola',
				role: 'eiendom',
				mustChangePassword: false
			},
			renewedUntil: null
		});
		const late = new Date(start.getTime() + SESSION_LIFETIME_MS * 0.75);
		const renewed = await readSession(handle.db, token, late);
		expect(renewed?.renewedUntil?.getTime()).toBe(late.getTime() + SESSION_LIFETIME_MS);
		const afterOldExpiry = new Date(start.getTime() + SESSION_LIFETIME_MS + 1000);
		expect(await readSession(handle.db, token, afterOldExpiry)).not.toBeNull();
		const afterRenewedExpiry = new Date(late.getTime() + SESSION_LIFETIME_MS + 1000);
		expect(await readSession(handle.db, token, afterRenewedExpiry)).toBeNull();
		await deleteSession(handle.db, token);
		expect(await readSession(handle.db, token, late)).toBeNull();
		expect(await readSession(handle.db, 'not-a-token')).toBeNull();
	});

	it('ends even a renewed session a week after sign-in', async () => {
		const user = (await findUserByName(handle.db, 'ola'))!;
		const start = new Date('2026-11-01T08:00:00Z');
		const { token } = await createSession(handle.db, user.id, start);
		let now = start;
		// Used every 5 hours, so it is renewed again and again, but never past the week.
		while (now.getTime() < start.getTime() + SESSION_MAX_AGE_MS - 5 * 3600_000) {
			now = new Date(now.getTime() + 5 * 3600_000);
			expect(await readSession(handle.db, token, now)).not.toBeNull();
		}
		const weekLater = new Date(start.getTime() + SESSION_MAX_AGE_MS + 60_000);
		expect(await readSession(handle.db, token, weekLater)).toBeNull();
	});

	it('stores only a hash of the session token', async () => {
		const user = (await findUserByName(handle.db, 'kari'))!;
		const { token } = await createSession(handle.db, user.id);
		const stored = await queryRows<{ token_hash: string }>(
			handle.db,
			sql`SELECT token_hash FROM sessions`
		);
		expect(stored.length).toBeGreaterThan(0);
		expect(stored.map((s) => s.token_hash)).not.toContain(token);
	});

	it('ends a deactivated user’s sessions and signs out elsewhere on a password change', async () => {
		const user = (await createUser(
			handle.db,
			{ username: 'per', displayName: 'Per', role: 'planlegger' },
			'y'.repeat(12),
			false
		))!;
		const here = await createSession(handle.db, user.id);
		const there = await createSession(handle.db, user.id);
		await setPassword(handle.db, user.id, 'nytt-langt-passord', false);
		await deleteUserSessions(handle.db, user.id, here.token);
		expect(await readSession(handle.db, here.token)).not.toBeNull();
		expect(await readSession(handle.db, there.token)).toBeNull();
		await updateUser(handle.db, user.id, { active: false });
		expect(await readSession(handle.db, here.token)).toBeNull();
	});

	it('blocks a user name after repeated failures, and a success clears it', async () => {
		const now = new Date();
		// Each attempt is recorded before its password is checked, then decided.
		for (let i = 0; i < MAX_FAILURES_PER_USER; i++) {
			await recordLoginFailure(handle.db, 'kari', '10.0.0.1', now);
		}
		expect(await loginRetryAfter(handle.db, 'kari', '10.0.0.1', now)).toBe(0);
		await recordLoginFailure(handle.db, 'kari', '10.0.0.1', now);
		const wait = await loginRetryAfter(handle.db, 'KARI ', '10.0.0.2', now);
		expect(wait).toBeGreaterThan(14 * 60);
		expect(wait).toBeLessThanOrEqual(15 * 60);
		// Another name from the same address is not blocked yet (the address limit is higher).
		expect(await loginRetryAfter(handle.db, 'ola', '10.0.0.1', now)).toBe(0);
		const success = new Date(now.getTime() + 1000);
		await recordLoginFailure(handle.db, 'kari', '10.0.0.3', success);
		await clearLoginFailures(handle.db, 'kari', '10.0.0.3', success);
		expect(await loginRetryAfter(handle.db, 'kari', '10.0.0.2', now)).toBe(0);
		const left = await queryRows<{ key: string }>(
			handle.db,
			sql`SELECT key FROM login_failures WHERE key IN ('ip:10.0.0.3', 'user:kari')`
		);
		expect(left).toEqual([]);
	});

	it('opens a share link until it is revoked, by token only', async () => {
		const creator = (await findUserByName(handle.db, 'admin'))!;
		const { id, token } = await createShareLink(handle.db, {
			title: 'Kommunestyret',
			proposalId: null,
			view: 'z=11',
			createdBy: creator.id
		});
		expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(await readShareLink(handle.db, token)).toEqual({ id, proposalId: null, view: 'z=11' });
		expect(await readShareLink(handle.db, token.slice(0, -1) + 'x')).toBeNull();
		const [listed] = await listShareLinks(handle.db);
		expect(listed).toMatchObject({
			id,
			title: 'Kommunestyret',
			createdBy: 'Administrator',
			revokedAt: null
		});
		expect(await revokeShareLink(handle.db, id)).toBe(true);
		expect(await revokeShareLink(handle.db, id)).toBe(false);
		expect(await readShareLink(handle.db, token)).toBeNull();
	});
});
