import type { Access, Role } from './roles';

/**
 * Who may do what, for every route, in one table. The request hook looks each request up
 * here before any page or endpoint code runs, so a page cannot forget its check.
 *
 * - `read` is for GET/HEAD (default: any signed-in user).
 * - `write` maps each changing endpoint method (POST/PUT/PATCH/DELETE) or page form action
 *   (`?/name`; `?/default` for the unnamed one) to who may use it. Anything changing that is not listed is refused for
 *   everyone, admins included: a new endpoint is closed until someone opens it here.
 */
interface RouteRule {
	read?: Access;
	write?: Record<string, Access>;
}

const planner: Access = 'planlegger';
const property: Access = 'eiendom';

export const ROUTE_RULES: Record<string, RouteRule> = {
	'/logg-inn': { read: 'public', write: { '?/default': 'public' } },
	'/logg-ut': { write: { POST: 'signed-in' } },
	'/konto': { write: { '?/default': 'signed-in' } },
	'/delt/[token]': { read: 'public' },
	'/helse': { read: 'public' },

	// What a published share link opens: the politicians' map and the data it draws.
	'/kart': { read: 'share', write: { '?/share': planner } },
	'/tiles/[layer]/[z]/[x]/[y]': { read: 'share' },
	'/api/municipalities': { read: 'share' },
	'/api/buildings/[number]': { read: 'share' },
	'/api/proposals/[id]/zones.geojson': { read: 'share' },

	'/eiendom/[number]': { write: { '?/save': property } },
	'/eiendom/import': { write: { '?/preview': property, '?/commit': property } },
	'/eiendom/normtall': { write: { '?/save': property, '?/delete': property } },

	'/lokalomrader': {
		write: { '?/create': planner, '?/copy': planner, '?/import': planner, '?/update': planner }
	},
	'/api/proposals': { write: { POST: planner } },
	'/api/proposals/[id]': { write: { PATCH: planner } },
	'/api/proposals/[id]/versions': { write: { POST: planner } },
	'/api/proposals/[id]/versions/[version]/restore': { write: { POST: planner } },
	'/plan': { write: { '?/import': planner, '?/merge': planner } },
	'/delingslenker': { read: planner, write: { '?/revoke': planner } },

	'/admin/brukere': {
		read: 'admin',
		write: { '?/create': 'admin', '?/update': 'admin', '?/reset': 'admin' }
	},
	'/admin/logg': { read: 'admin' }
};

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * What a request needs; `null` means refused for everyone. `action` is the form action a
 * POST names (`?/name`); a POST without one is the page's `default` action or, for an
 * endpoint, its POST handler: a route is one or the other, so one lookup order serves both.
 */
export function requiredAccess(
	routeId: string,
	method: string,
	action: string | null
): Access | null {
	const rule = ROUTE_RULES[routeId];
	if (READ_METHODS.has(method)) return rule?.read ?? 'signed-in';
	const write = rule?.write ?? {};
	if (action !== null) return write[`?/${action}`] ?? null;
	return write[method] ?? (method === 'POST' ? write['?/default'] : undefined) ?? null;
}

/** The form action named in a URL's query (`?/save`), or null. */
export function namedAction(search: string): string | null {
	for (const key of new URLSearchParams(search).keys())
		if (key.startsWith('/')) return key.slice(1);
	return null;
}

export type Verdict = 'allow' | 'sign-in' | 'forbidden';

/** Whether a visitor (a role, a share link, or neither) may make a request needing `access`. */
export function decide(
	access: Access | null,
	visitor: { role: Role | null; viaShare: boolean }
): Verdict {
	if (access === 'public') return 'allow';
	if (access === null) return visitor.role ? 'forbidden' : 'sign-in';
	if (visitor.role) {
		if (access === 'share' || access === 'signed-in') return 'allow';
		return visitor.role === 'admin' || visitor.role === access ? 'allow' : 'forbidden';
	}
	if (access === 'share' && visitor.viaShare) return 'allow';
	return 'sign-in';
}
