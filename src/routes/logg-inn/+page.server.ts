import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { database } from '$lib/server/db';
import { SESSION_COOKIE, setTokenCookie } from '$lib/server/auth/cookies';
import {
	clearLoginFailures,
	loginRetryAfter,
	recordLoginFailure
} from '$lib/server/auth/login-failures';
import { verifyPassword } from '$lib/server/auth/passwords';
import { createSession } from '$lib/server/auth/sessions';
import { findUserByName } from '$lib/server/auth/users';
import { MAX_PASSWORD_LENGTH } from '$lib/auth/password-rules';
import { safeNextPath } from '$lib/auth/next-path';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const next = safeNextPath(url.searchParams.get('neste'));
	if (locals.user) redirect(303, next);
	return { next };
};

const LoginForm = v.object({
	username: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(64)),
	password: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_PASSWORD_LENGTH)),
	next: v.optional(v.string(), '/')
});

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = v.safeParse(LoginForm, Object.fromEntries(await request.formData()));
		if (!form.success) {
			return fail(400, { username: '', message: 'Skriv inn brukernavn og passord.' });
		}
		const { username, password } = form.output;
		const { db } = await database();
		const address = getClientAddress();
		// The attempt counts as failed until the password is verified: recorded before the
		// (slow) check, so a burst of parallel guesses cannot all pass the limit at once.
		const attemptAt = new Date();
		await recordLoginFailure(db, username, address, attemptAt);
		const wait = await loginRetryAfter(db, username, address, attemptAt);
		if (wait > 0) {
			const minutes = Math.ceil(wait / 60);
			return fail(429, {
				username,
				message: `For mange mislykkede forsøk. Prøv igjen om ${minutes} min.`
			});
		}
		const user = await findUserByName(db, username);
		const ok = await verifyPassword(user?.active ? user.passwordHash : null, password);
		if (!user || !ok) {
			// One message for an unknown name and a wrong password: no hint which it was.
			return fail(400, { username, message: 'Feil brukernavn eller passord.' });
		}
		await clearLoginFailures(db, username, address, attemptAt);
		const session = await createSession(db, user.id);
		setTokenCookie(cookies, SESSION_COOKIE, session.token, url, session.expiresAt);
		redirect(303, user.mustChangePassword ? '/konto' : safeNextPath(form.output.next));
	}
};
