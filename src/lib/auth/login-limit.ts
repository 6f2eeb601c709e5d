/**
 * Login throttling: at most 5 failed attempts per user name and 30 per client address in a
 * 15-minute window. An attempt is counted before its password is checked (and forgiven if
 * it succeeds), so the counts include the attempt being decided. Per name stops guessing one account's password; per address stops one
 * client spraying many names. A success clears the name's count.
 */
export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_USER = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

export interface FailureCounts {
	user: number;
	address: number;
	/** The oldest failure in the window that counts towards a block, if any. */
	oldest: Date | null;
}

/** Seconds until another attempt is allowed, or 0 when one is allowed now. */
export function retryAfterSeconds(counts: FailureCounts, now: Date): number {
	const blocked = counts.user > MAX_FAILURES_PER_USER || counts.address > MAX_FAILURES_PER_ADDRESS;
	if (!blocked || !counts.oldest) return 0;
	const freeAt = counts.oldest.getTime() + LOGIN_WINDOW_MS;
	return Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
}

export const userKey = (username: string) => `user:${username.trim().toLowerCase()}`;
export const addressKey = (address: string) => `ip:${address}`;
