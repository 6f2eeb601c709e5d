import { redirect } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { SHARE_COOKIE, setTokenCookie } from '$lib/server/auth/cookies';
import { readShareLink } from '$lib/server/auth/share-links';
import type { RequestHandler } from './$types';

/**
 * A published link: remembers the token in a cookie (so the map's tiles and data requests
 * carry it) and opens the politicians' map as published. The token leaves the address bar
 * at once, and Referrer-Policy keeps it out of other sites' logs.
 */
export const GET: RequestHandler = async ({ params, cookies, url }) => {
	const share = await readShareLink((await database()).db, params.token);
	if (!share) {
		return new Response(
			'<!doctype html><html lang="nb"><meta charset="utf-8"><title>Ugyldig lenke – Planbord</title>' +
				'<h1>Lenken er ugyldig eller trukket tilbake</h1>' +
				'<p>Be den som delte kartet om en ny lenke.</p></html>',
			{ status: 404, headers: { 'content-type': 'text/html; charset=utf-8' } }
		);
	}
	setTokenCookie(cookies, SHARE_COOKIE, params.token, url);
	const view = new URLSearchParams(share.view);
	if (share.proposalId !== null) view.set('p', String(share.proposalId));
	const query = view.toString();
	redirect(303, `/kart${query ? `?${query}` : ''}`);
};
