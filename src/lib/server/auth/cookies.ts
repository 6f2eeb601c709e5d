import type { Cookies } from '@sveltejs/kit';

export const SESSION_COOKIE = 'planbord_session';
export const SHARE_COOKIE = 'planbord_share';

/**
 * httpOnly (no script can read it), SameSite=Lax (not sent on cross-site posts), Secure
 * whenever the app is served over HTTPS; over plain http on a developer's machine a Secure
 * cookie would never come back.
 */
export function setTokenCookie(
	cookies: Cookies,
	name: string,
	token: string,
	url: URL,
	expires?: Date
): void {
	cookies.set(name, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires
	});
}

export function clearTokenCookie(cookies: Cookies, name: string, url: URL): void {
	cookies.delete(name, { path: '/', secure: url.protocol === 'https:' });
}
