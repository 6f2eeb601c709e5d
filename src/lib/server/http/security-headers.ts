import type { Handle } from '@sveltejs/kit';

/*
 * Response headers every Planbord answer carries. The Content-Security-Policy is not here:
 * SvelteKit writes it from `kit.csp` in svelte.config.js, because only SvelteKit knows the
 * nonces of the inline scripts it renders.
 */
const ALWAYS: Readonly<Record<string, string>> = {
	'x-content-type-options': 'nosniff',
	// Share links carry their token in the URL (/delt/<token>); a Referer would hand it to
	// whatever a politician clicks next, including the Kartverket tile server.
	'referrer-policy': 'no-referrer',
	// Also `frame-ancestors 'none'` in the CSP; this covers browsers that ignore it and
	// responses SvelteKit does not give a CSP (endpoints, redirects).
	'x-frame-options': 'DENY',
	// Nothing in Planbord uses these; the map has no "find my position" control.
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
	'cross-origin-opener-policy': 'same-origin'
};

/** One year; browsers only honour it over https, where the request arrived. */
const HSTS = 'max-age=31536000';

/**
 * The security headers for a response to `url`: HSTS only when the request came over https
 * (on plain http it would be ignored, and on a test server it would pin the wrong origin).
 * @example securityHeadersFor(new URL('https://planbord.example/'))['strict-transport-security'] // 'max-age=31536000'
 */
export function securityHeadersFor(url: URL): Record<string, string> {
	return url.protocol === 'https:'
		? { ...ALWAYS, 'strict-transport-security': HSTS }
		: { ...ALWAYS };
}

/**
 * `response` with the security headers for `url` added. A header the route set itself wins.
 * Responses with immutable headers (a `fetch` result passed through) are copied first.
 */
export function withSecurityHeaders(response: Response, url: URL): Response {
	const missing = Object.entries(securityHeadersFor(url)).filter(
		([name]) => !response.headers.has(name)
	);
	if (missing.length === 0) return response;
	let target = response;
	try {
		for (const [name, value] of missing) target.headers.set(name, value);
	} catch {
		target = new Response(response.body, response);
		for (const [name, value] of missing) target.headers.set(name, value);
	}
	return target;
}

/** Handle hook: adds the security headers to every response SvelteKit produces. */
export const securityHeaders: Handle = async ({ event, resolve }) =>
	withSecurityHeaders(await resolve(event), event.url);
