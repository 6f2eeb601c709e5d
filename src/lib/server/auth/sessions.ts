import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { sessions, users } from '$db/schema';
import type { SessionUser } from '$lib/auth/types';
import type { Db } from '../db/handle';
import { withTransaction } from '../db/transaction';
import { hashToken, newToken } from './tokens';

/** A session lasts 12 hours from its last renewal: a working day, not a week. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60_000;
/** However busy, a session ends a week after sign-in: a stolen cookie does not live forever. */
export const SESSION_MAX_AGE_MS = 7 * 24 * 60 * 60_000;
/** Renewed on use once less than this remains, so a busy user is not signed out mid-task. */
const RENEW_WHEN_LEFT_MS = SESSION_LIFETIME_MS / 2;

export interface NewSession {
	token: string;
	expiresAt: Date;
}

export async function createSession(db: Db, userId: number, now = new Date()): Promise<NewSession> {
	const token = newToken();
	const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
	await withTransaction(db, async (tx) => {
		// Expired sessions are cleared here rather than by a scheduler the app does not have.
		await tx.delete(sessions).where(lt(sessions.expiresAt, now));
		await tx
			.insert(sessions)
			.values({ tokenHash: hashToken(token), userId, createdAt: now, expiresAt });
	});
	return { token, expiresAt };
}

export interface ValidSession {
	user: SessionUser;
	/** Set when the session was renewed: the cookie must be sent again with this expiry. */
	renewedUntil: Date | null;
}

/** The user behind a session cookie, or null if it is unknown, expired or the user is inactive. */
export async function readSession(
	db: Db,
	token: string,
	now = new Date()
): Promise<ValidSession | null> {
	const tokenHash = hashToken(token);
	const [row] = await db
		.select({
			id: users.id,
			username: users.username,
			displayName: users.displayName,
			role: users.role,
			mustChangePassword: users.mustChangePassword,
			expiresAt: sessions.expiresAt
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(
			and(
				eq(sessions.tokenHash, tokenHash),
				gt(sessions.expiresAt, now),
				gt(sessions.createdAt, new Date(now.getTime() - SESSION_MAX_AGE_MS)),
				eq(users.active, true)
			)
		);
	if (!row) return null;
	const { expiresAt, ...user } = row;
	let renewedUntil: Date | null = null;
	if (expiresAt.getTime() - now.getTime() < RENEW_WHEN_LEFT_MS) {
		renewedUntil = new Date(now.getTime() + SESSION_LIFETIME_MS);
		await db
			.update(sessions)
			.set({ expiresAt: renewedUntil })
			.where(eq(sessions.tokenHash, tokenHash));
	}
	return { user, renewedUntil };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/** Signs a user out everywhere but (optionally) the session they are using now. */
export async function deleteUserSessions(
	db: Db,
	userId: number,
	keepToken?: string
): Promise<void> {
	const keep = keepToken ? hashToken(keepToken) : '';
	await db
		.delete(sessions)
		.where(and(eq(sessions.userId, userId), sql`${sessions.tokenHash} <> ${keep}`));
}
