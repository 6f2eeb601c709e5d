import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { database } from '$lib/server/db';
import { SESSION_COOKIE } from '$lib/server/auth/cookies';
import { verifyPassword } from '$lib/server/auth/passwords';
import { deleteUserSessions } from '$lib/server/auth/sessions';
import { findUserByName, setPassword } from '$lib/server/auth/users';
import { MAX_PASSWORD_LENGTH, passwordProblem } from '$lib/auth/password-rules';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({ account: locals.user });

const PasswordForm = v.object({
	current: v.pipe(v.string(), v.maxLength(MAX_PASSWORD_LENGTH)),
	password: v.string(),
	repeat: v.string()
});

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		const user = locals.user;
		if (!user) redirect(303, '/logg-inn');
		const form = v.safeParse(PasswordForm, Object.fromEntries(await request.formData()));
		if (!form.success) return fail(400, { message: 'Fyll ut alle feltene.' });
		const { current, password, repeat } = form.output;
		const { db } = await database();
		const stored = await findUserByName(db, user.username);
		if (!(await verifyPassword(stored?.passwordHash ?? null, current))) {
			return fail(400, { message: 'Nåværende passord er feil.' });
		}
		const problem =
			password !== repeat
				? 'De to nye passordene er ikke like.'
				: password === current
					? 'Det nye passordet må være et annet enn det gamle.'
					: passwordProblem(password, user.username);
		if (problem) return fail(400, { message: problem });
		await setPassword(db, user.id, password, false);
		// Anyone who had the old password is signed out everywhere else.
		await deleteUserSessions(db, user.id, cookies.get(SESSION_COOKIE));
		return { changed: true };
	}
};
