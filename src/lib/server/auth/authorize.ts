import { redirect, type RequestEvent } from '@sveltejs/kit';
import { decide, namedAction, requiredAccess, type Verdict } from '$lib/auth/policy';

/** Routes a user who must change their password can still use. */
const PASSWORD_CHANGE_ROUTES = new Set(['/konto', '/logg-ut', '/logg-inn']);

/**
 * The one place where access is decided: returns a refusal to send instead of running the
 * route, or null to let the request through. Every route, page, form action and API
 * endpoint passes here (see ROUTE_RULES in $lib/auth/policy).
 */
export function refusal(event: RequestEvent): Response | null {
	const { route, request, url, locals } = event;
	// No route: SvelteKit's own 404 (and static files, which never reach the hook).
	if (!route.id) return null;
	const access = requiredAccess(route.id, request.method, namedAction(url.search));
	const isPage = !url.pathname.startsWith('/api/') && !url.pathname.startsWith('/tiles/');
	let verdict: Verdict = decide(access, {
		role: locals.user?.role ?? null,
		viaShare: locals.share !== null
	});
	if (verdict === 'allow' && !locals.user && locals.share && access === 'share') {
		verdict = shareCovers(route.id, event, locals.share.proposalId) ? 'allow' : 'forbidden';
	}
	if (verdict === 'allow' && !locals.user && tooLargeForAnonymous(request)) {
		return refuse(event, 413, 'For stor forespørsel uten innlogging.');
	}
	if (
		verdict === 'allow' &&
		locals.user?.mustChangePassword &&
		!PASSWORD_CHANGE_ROUTES.has(route.id)
	) {
		if (request.method === 'GET' && isPage) redirect(303, '/konto');
		return refuse(event, 403, 'Du må bytte passord før du kan fortsette.');
	}
	if (verdict === 'allow') return null;
	if (verdict === 'sign-in') {
		if (request.method === 'GET' && isPage) {
			redirect(303, `/logg-inn?neste=${encodeURIComponent(url.pathname + url.search)}`);
		}
		return refuse(event, 401, 'Du må logge inn.');
	}
	const who = locals.user ? `Rollen din (${locals.user.role})` : 'En delingslenke';
	return refuse(event, 403, `${who} gir ikke tilgang til dette.`);
}

/**
 * A share link opens what the politicians' map draws, for its own proposal only: the
 * newest version of its zones (not older ones), and plan tiles but not the merge's
 * internal conflict layer.
 */
function shareCovers(routeId: string, event: RequestEvent, proposalId: number | null): boolean {
	if (routeId === '/api/proposals/[id]/zones.geojson') {
		const sameProposal = proposalId !== null && event.params.id === String(proposalId);
		return sameProposal && !event.url.searchParams.has('version');
	}
	if (routeId === '/tiles/[layer]/[z]/[x]/[y]') return event.params.layer !== 'plan-issues';
	return true;
}

/**
 * Anonymous visitors only ever post a login form: a large body from them is refused before
 * it is read, so nobody can fill the server's memory without an account.
 */
const MAX_ANONYMOUS_BODY_BYTES = 64 * 1024;

function tooLargeForAnonymous(request: Request): boolean {
	const length = Number(request.headers.get('content-length') ?? 0);
	return length > MAX_ANONYMOUS_BODY_BYTES;
}

/**
 * A refusal in the form the caller understands: an ActionResult for enhanced forms (shown
 * by the page's error handling), JSON for API clients, a short page for plain browsers.
 */
function refuse(event: RequestEvent, status: 401 | 403 | 413, message: string): Response {
	const { request, url } = event;
	if (request.headers.has('x-sveltekit-action')) {
		return Response.json({ type: 'error', error: { message } }, { status });
	}
	const wantsHtml = (request.headers.get('accept') ?? '').includes('text/html');
	if (!wantsHtml || url.pathname.startsWith('/api/')) {
		return Response.json({ message }, { status });
	}
	const signIn = status === 401 ? '<p><a href="/logg-inn">Logg inn</a></p>' : '';
	return new Response(
		`<!doctype html><html lang="nb"><meta charset="utf-8"><title>${status}</title><h1>${message}</h1>${signIn}</html>`,
		{ status, headers: { 'content-type': 'text/html; charset=utf-8' } }
	);
}
