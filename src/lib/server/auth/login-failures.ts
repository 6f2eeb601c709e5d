import { and, eq, lt, or, sql } from 'drizzle-orm';
import { loginFailures } from '$db/schema';
import {
	LOGIN_WINDOW_MS,
	addressKey,
	retryAfterSeconds,
	userKey,
	type FailureCounts
} from '$lib/auth/login-limit';
import type { Db } from '../db/handle';
import { queryRows } from '../db/rows';

/** Seconds the client must wait before trying `username` again; 0 when it may try now. */
export async function loginRetryAfter(
	db: Db,
	username: string,
	address: string,
	now = new Date()
): Promise<number> {
	const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
	const [row] = await queryRows<{ user: number; address: number; oldest: number | null }>(
		db,
		sql`SELECT count(*) FILTER (WHERE key = ${userKey(username)})::int AS "user",
				count(*) FILTER (WHERE key = ${addressKey(address)})::int AS "address",
				extract(epoch FROM min(failed_at))::float8 AS oldest
			FROM login_failures
			WHERE key IN (${userKey(username)}, ${addressKey(address)}) AND failed_at > ${since.toISOString()}::timestamptz`
	);
	const counts: FailureCounts = {
		user: row?.user ?? 0,
		address: row?.address ?? 0,
		oldest: row?.oldest != null ? new Date(Number(row.oldest) * 1000) : null
	};
	return retryAfterSeconds(counts, now);
}

export async function recordLoginFailure(
	db: Db,
	username: string,
	address: string,
	now = new Date()
): Promise<void> {
	await db.insert(loginFailures).values([
		{ key: userKey(username), failedAt: now },
		{ key: addressKey(address), failedAt: now }
	]);
	// Old failures are pruned on the way, so the table stays as small as the window.
	await db
		.delete(loginFailures)
		.where(lt(loginFailures.failedAt, new Date(now.getTime() - LOGIN_WINDOW_MS)));
}

/** A successful sign-in: the name's failures go, and so does this attempt's address entry. */
export async function clearLoginFailures(
	db: Db,
	username: string,
	address: string,
	attemptAt: Date
): Promise<void> {
	await db
		.delete(loginFailures)
		.where(
			or(
				eq(loginFailures.key, userKey(username)),
				and(eq(loginFailures.key, addressKey(address)), eq(loginFailures.failedAt, attemptAt))
			)
		);
}
