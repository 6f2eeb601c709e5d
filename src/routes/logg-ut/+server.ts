import { redirect } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { SESSION_COOKIE, clearTokenCookie } from '$lib/server/auth/cookies';
import { deleteSession } from '$lib/server/auth/sessions';
import type { RequestHandler } from './$types';

/** POST only: a GET link could sign people out from an image tag on another site. */
export const POST: RequestHandler = async ({ cookies, url }) => {
	const token = cookies.get(SESSION_COOKIE);
	if (token) await deleteSession((await database()).db, token);
	clearTokenCookie(cookies, SESSION_COOKIE, url);
	redirect(303, '/logg-inn');
};
