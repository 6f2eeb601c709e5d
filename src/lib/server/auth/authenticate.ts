import type { RequestEvent } from '@sveltejs/kit';
import type { Db } from '../db/handle';
import { SESSION_COOKIE, SHARE_COOKIE, clearTokenCookie, setTokenCookie } from './cookies';
import { readSession } from './sessions';
import { readShareLink } from './share-links';

/**
 * Fills `locals.user` from the session cookie, or (anonymous only) `locals.share` from a
 * share-link cookie. Stale cookies are removed so the browser stops sending them.
 */
export async function authenticate(db: Db, event: RequestEvent): Promise<void> {
	const { cookies, locals, url } = event;
	locals.user = null;
	locals.share = null;
	const sessionToken = cookies.get(SESSION_COOKIE);
	if (sessionToken) {
		const session = await readSession(db, sessionToken);
		if (session) {
			locals.user = session.user;
			if (session.renewedUntil) {
				setTokenCookie(cookies, SESSION_COOKIE, sessionToken, url, session.renewedUntil);
			}
			return;
		}
		clearTokenCookie(cookies, SESSION_COOKIE, url);
	}
	const shareToken = cookies.get(SHARE_COOKIE);
	if (shareToken) {
		locals.share = await readShareLink(db, shareToken);
		if (!locals.share) clearTokenCookie(cookies, SHARE_COOKIE, url);
	}
}
