import { describe, expect, it } from 'vitest';
import {
	LOGIN_WINDOW_MS,
	MAX_FAILURES_PER_ADDRESS,
	MAX_FAILURES_PER_USER,
	retryAfterSeconds
} from './login-limit';

describe('retryAfterSeconds', () => {
	const now = new Date('2026-11-27T12:00:00Z');
	const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

	it('allows attempts up to both limits (the counts include the attempt being decided)', () => {
		expect(
			retryAfterSeconds(
				{ user: MAX_FAILURES_PER_USER, address: MAX_FAILURES_PER_ADDRESS, oldest: minutesAgo(1) },
				now
			)
		).toBe(0);
	});

	it('blocks a user name until its oldest failure leaves the window', () => {
		const wait = retryAfterSeconds(
			{ user: MAX_FAILURES_PER_USER + 1, address: 5, oldest: minutesAgo(5) },
			now
		);
		expect(wait).toBe(LOGIN_WINDOW_MS / 1000 - 5 * 60);
	});

	it('blocks an address spraying many names', () => {
		expect(
			retryAfterSeconds(
				{ user: 0, address: MAX_FAILURES_PER_ADDRESS + 1, oldest: minutesAgo(14) },
				now
			)
		).toBe(60);
	});

	it('never answers 0 while blocked', () => {
		expect(retryAfterSeconds({ user: 9, address: 9, oldest: minutesAgo(15) }, now)).toBe(1);
	});
});
