import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTE_RULES } from '../../src/lib/auth/policy';
import { ROLES, type Role } from '../../src/lib/auth/roles';
import { openPglite } from '../../src/lib/server/db/open-pglite';
import { queryRows } from '../../src/lib/server/db/rows';
import { seededDataDir, startApp, type RunningApp } from '../helpers/app-server';
import { fetchAs, signIn, TEST_USERS } from '../helpers/auth';
import { declaredReads, declaredWrites } from '../helpers/route-tree';

/**
 * Role × route, against the real app: every changing endpoint and form action in the route
 * tree, for an anonymous visitor and each role, is allowed or refused exactly as
 * ROUTE_RULES says. Requests carry bodies that would change data if they got through, and
 * afterwards the audit log (written by database triggers) must hold no change by a `leser`
 * or an anonymous visitor.
 */
let app: RunningApp;
let dataDir: string;
let buildingNumber: string;
let spareUserId: number;

const TINY_ZONES = JSON.stringify({
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			properties: { name: 'Tilgangstest' },
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[10.43, 59.83],
						[10.44, 59.83],
						[10.44, 59.84],
						[10.43, 59.84],
						[10.43, 59.83]
					]
				]
			}
		}
	]
});

type Visitor = Role | null;
const VISITORS: Visitor[] = [null, ...ROLES];

/**
 * Who may make each change, written out by hand from the role descriptions (not
 * derived from ROUTE_RULES, which is what is under test). `everyone` includes anonymous
 * visitors; `signed-in` is every role.
 */
const property: Role[] = ['eiendom', 'admin'];
const planner: Role[] = ['planlegger', 'admin'];
const EXPECTED: Record<string, Role[] | 'everyone' | 'signed-in'> = {
	'/logg-inn ?/default': 'everyone',
	'/logg-ut POST': 'signed-in',
	'/konto ?/default': 'signed-in',
	'/eiendom/[number] ?/save': property,
	'/eiendom/import ?/preview': property,
	'/eiendom/import ?/commit': property,
	'/eiendom/normtall ?/save': property,
	'/eiendom/normtall ?/delete': property,
	'/lokalomrader ?/create': planner,
	'/lokalomrader ?/copy': planner,
	'/lokalomrader ?/import': planner,
	'/lokalomrader ?/update': planner,
	'/api/proposals POST': planner,
	'/api/proposals/[id] PATCH': planner,
	'/api/proposals/[id]/versions POST': planner,
	'/api/proposals/[id]/versions/[version]/restore POST': planner,
	'/plan ?/import': planner,
	'/plan ?/merge': planner,
	'/kart ?/share': planner,
	'/delingslenker ?/revoke': planner,
	'/admin/brukere ?/create': ['admin'],
	'/admin/brukere ?/update': ['admin'],
	'/admin/brukere ?/reset': ['admin']
};

function expectedVerdict(route: string, key: string, visitor: Visitor): 'allow' | 401 | 403 {
	const who = EXPECTED[`${route} ${key}`];
	if (who === 'everyone') return 'allow';
	if (!visitor) return 401;
	return who === 'signed-in' || who?.includes(visitor) ? 'allow' : 403;
}

function concretePath(routeId: string): string {
	return routeId
		.replace('[number]', buildingNumber)
		.replace('[id]', '1')
		.replace('[version]', '1')
		.replace('[token]', 'ikke-en-lenke')
		.replace('[layer]/[z]/[x]/[y]', 'municipalities/10/541/298');
}

/** A request that would change something if it got through. */
function changeRequest(
	routeId: string,
	key: string,
	visitor: Visitor
): { path: string; init: RequestInit } {
	// The unnamed action is a plain POST: SvelteKit refuses `?/default` itself.
	const named = key.startsWith('?/') && key !== '?/default';
	const path = concretePath(routeId) + (named ? key : '');
	if (!key.startsWith('?/')) {
		const bodies: Record<string, unknown> = {
			'/api/proposals': { name: `API ${visitor}` },
			'/api/proposals/[id]': { name: `Endret av ${visitor}` },
			'/api/proposals/[id]/versions': { base: 1, zones: [] },
			'/api/proposals/[id]/versions/[version]/restore': { base: 1 }
		};
		return {
			path,
			init: {
				method: key,
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(bodies[routeId] ?? {})
			}
		};
	}
	const form = new FormData();
	const fields: Record<string, Record<string, string>> = {
		'/lokalomrader ?/create': { name: `Forslag ${visitor}` },
		'/lokalomrader ?/copy': { id: '1' },
		'/lokalomrader ?/update': {
			id: '1',
			name: `Endret ${visitor}`,
			status: 'draft',
			description: ''
		},
		'/lokalomrader ?/import': { name: `Import ${visitor}` },
		'/plan ?/merge': { sliverWidth: 'x', minArea: 'x' },
		'/eiendom/[number] ?/save': { name: `Endret ${visitor}`, version: '1' },
		'/eiendom/normtall ?/delete': { key: 'kostra-school-bta-per-pupil-2009' },
		'/eiendom/normtall ?/save': { key: 'kostra-school-bta-per-pupil-2009', value: '1' },
		'/kart ?/share': { title: `Lenke ${visitor}`, proposal: '1' },
		'/delingslenker ?/revoke': { id: '999999' },
		'/admin/brukere ?/create': {
			username: `ny-${visitor ?? 'anonym'}`,
			displayName: 'Ny',
			role: 'admin'
		},
		'/admin/brukere ?/update': { id: String(spareUserId), role: 'admin', active: 'on' },
		'/admin/brukere ?/reset': { id: String(spareUserId) },
		'/konto ?/default': {
			current: 'feil',
			password: 'nytt-passord-123',
			repeat: 'nytt-passord-123'
		},
		'/logg-inn ?/default': { username: 'finnes-ikke', password: 'feil-passord' }
	};
	for (const [k, v] of Object.entries(fields[`${routeId} ${key}`] ?? {})) form.set(k, v);
	if (key === '?/import') {
		form.set('file', new Blob([TINY_ZONES], { type: 'application/geo+json' }), 'soner.geojson');
	}
	return { path, init: { method: 'POST', body: form, headers: { accept: 'application/json' } } };
}

beforeAll(async () => {
	dataDir = seededDataDir();
	app = await startApp({ PLANBORD_DATA_DIR: dataDir });
	const register = (await (await fetchAs('eiendom', app.url, '/api/buildings')).json()) as {
		buildingNumber: string;
	}[];
	buildingNumber = register[0]!.buildingNumber;
	// A user the admin actions may change without touching the accounts the test signs in with.
	const created = await fetchAs('admin', app.url, '/admin/brukere?/create', {
		method: 'POST',
		headers: { accept: 'application/json' },
		body: new URLSearchParams({ username: 'reserve', displayName: 'Reserve', role: 'leser' })
	});
	expect(created.status).toBe(200);
	const page = await (await fetchAs('admin', app.url, '/admin/brukere')).text();
	spareUserId = Number(/>reserve<\/td>[^]*?name="id" value="(\d+)"/.exec(page)?.[1]);
	expect(spareUserId).toBeGreaterThan(0);
}, 180_000);

afterAll(() => app?.stop());

describe('every changing route × every visitor', () => {
	const writes = [...declaredWrites()].flatMap(([route, keys]) =>
		keys.map((key) => ({ route, key }))
	);

	it('has an expectation for every changing route in the tree, and no more', () => {
		expect(writes.map(({ route, key }) => `${route} ${key}`).sort()).toEqual(
			Object.keys(EXPECTED).sort()
		);
	});

	for (const visitor of VISITORS) {
		it(`${visitor ?? 'anonymous'}: allowed exactly where the role may`, async () => {
			const wrong: string[] = [];
			for (const { route, key } of writes) {
				// Signing out ends the session the rest of the walk uses; tested on its own below.
				if (route === '/logg-ut' && visitor) continue;
				const verdict = expectedVerdict(route, key, visitor);
				const { path, init } = changeRequest(route, key, visitor);
				const response = await fetchAs(visitor, app.url, path, init);
				const status = response.status;
				const expected = verdict === 'allow' ? 'not 401/403/5xx' : verdict;
				const ok =
					verdict === 'allow'
						? status !== 401 && status !== 403 && status < 500
						: status === verdict;
				if (!ok) wrong.push(`${key} ${route}: ${status}, expected ${expected}`);
			}
			expect(wrong).toEqual([]);
		}, 120_000);
	}

	it('a leser and an anonymous visitor changed nothing; the allowed changes were logged with their user', async () => {
		await app.stop();
		const db = await openPglite(join(dataDir, 'pglite'));
		try {
			const actors = await queryRows<{ actor_name: string; n: number }>(
				db.db,
				sql`SELECT actor_name, count(*)::int AS n FROM audit_log GROUP BY actor_name`
			);
			const by = Object.fromEntries(actors.map((a) => [a.actor_name, a.n]));
			expect(by[TEST_USERS.leser.username]).toBeUndefined();
			expect(by.anonym).toBeUndefined();
			expect(by[TEST_USERS.planlegger.username]).toBeGreaterThan(0);
			expect(by[TEST_USERS.admin.username]).toBeGreaterThan(0);
		} finally {
			await db.close();
		}
		app = await startApp({ PLANBORD_DATA_DIR: dataDir });
	}, 120_000);
});

describe('reading', () => {
	const { pages, endpoints } = declaredReads();
	const open = new Set(['/logg-inn', '/helse', '/delt/[token]']);

	it('an anonymous visitor reaches only the login page, the health check and share links', async () => {
		const wrong: string[] = [];
		for (const route of [...pages, ...endpoints].filter((r) => !open.has(r))) {
			const response = await fetchAs(null, app.url, concretePath(route), {
				headers: { accept: 'text/html' }
			});
			const isEndpoint = endpoints.includes(route);
			const location = response.headers.get('location') ?? '';
			const ok =
				isEndpoint && !pages.includes(route)
					? response.status === 401 || (response.status === 303 && location.startsWith('/logg-inn'))
					: response.status === 303 && location.startsWith('/logg-inn?neste=');
			if (!ok) wrong.push(`${route}: ${response.status} ${location}`);
		}
		expect(wrong).toEqual([]);
		expect((await fetchAs(null, app.url, '/logg-inn')).status).toBe(200);
		expect((await fetchAs(null, app.url, '/api/buildings')).status).toBe(401);
	});

	it('a leser reads every page but the administrator’s and the share-link list', async () => {
		const wrong: string[] = [];
		for (const route of pages.filter((r) => !open.has(r))) {
			const response = await fetchAs('leser', app.url, concretePath(route));
			const closed =
				ROUTE_RULES[route]?.read === 'admin' || ROUTE_RULES[route]?.read === 'planlegger';
			const status = response.status;
			// Open pages may still answer 4xx for made-up parameters; only access is checked here.
			const ok = closed ? status === 403 : status !== 401 && status !== 403 && status < 500;
			if (!ok) wrong.push(`${route}: ${status}, expected ${closed ? 403 : 'access'}`);
		}
		expect(wrong).toEqual([]);
	});
});

describe('what a leser is shown', () => {
	it('the read-only view instead of the zone editor, and no edit forms', async () => {
		const editor = await fetchAs('leser', app.url, '/lokalomrader/1');
		expect(editor.status).toBe(303);
		expect(editor.headers.get('location')).toMatch(/^\/lokalomrader\/1\/versjon\/\d+$/);
		expect((await fetchAs('planlegger', app.url, '/lokalomrader/1')).status).toBe(200);
		const building = `/eiendom/${buildingNumber}`;
		const forLeser = await (await fetchAs('leser', app.url, building)).text();
		const forEiendom = await (await fetchAs('eiendom', app.url, building)).text();
		expect(forEiendom).toContain('action="?/save"');
		expect(forLeser).not.toContain('action="?/save"');
		for (const path of ['/lokalomrader', '/plan', '/eiendom/import']) {
			const html = await (await fetchAs('leser', app.url, path)).text();
			expect(html, path).toContain('Du har lesetilgang');
			expect(html, path).not.toMatch(/action="\?\/(create|import|merge|commit|preview)"/);
		}
	});
});

describe('sessions', () => {
	it('sets an httpOnly, SameSite=Lax session cookie, and signing out ends the session', async () => {
		const response = await fetch(`${app.url}/logg-inn`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: app.url, 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams(TEST_USERS.leser)
		});
		const cookie = response.headers.getSetCookie().find((c) => c.startsWith('planbord_session='))!;
		expect(cookie).toMatch(/HttpOnly/i);
		expect(cookie).toMatch(/SameSite=Lax/i);
		expect(cookie).not.toMatch(/Secure/i); // plain http on loopback
		const session = cookie.split(';')[0]!;
		const home = await fetch(`${app.url}/eiendom`, {
			headers: { cookie: session },
			redirect: 'manual'
		});
		expect(home.status).toBe(200);
		const out = await fetch(`${app.url}/logg-ut`, {
			method: 'POST',
			redirect: 'manual',
			headers: { cookie: session, origin: app.url }
		});
		expect(out.status).toBe(303);
		const after = await fetch(`${app.url}/eiendom`, {
			headers: { cookie: session },
			redirect: 'manual'
		});
		expect(after.status).toBe(303);
		expect(after.headers.get('location')).toMatch(/^\/logg-inn/);
	});

	it('refuses a large body from someone not signed in before reading it', async () => {
		const response = await fetchAs(null, app.url, '/logg-inn', {
			method: 'POST',
			headers: { accept: 'application/json' },
			body: new URLSearchParams({ username: 'x', password: 'y'.repeat(100_000) })
		});
		expect(response.status).toBe(413);
	});

	it('throttles repeated wrong passwords, even when the right one follows', async () => {
		const { username, password } = TEST_USERS.eiendom;
		const statuses: number[] = [];
		for (let i = 0; i < 6; i++) {
			const r = await fetchAs(null, app.url, '/logg-inn', {
				method: 'POST',
				headers: { accept: 'text/html' },
				body: new URLSearchParams({ username, password: `feil-${i}` })
			});
			statuses.push(r.status);
		}
		expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
		expect(statuses[5]).toBe(429);
		await expect(signIn(app.url, username, password)).rejects.toThrow(/429/);
	});
});

describe('share links', () => {
	it('open the politicians’ map without an account until revoked, and nothing else', async () => {
		const published = await fetchAs('planlegger', app.url, '/kart?/share', {
			method: 'POST',
			headers: { accept: 'text/html' },
			body: new URLSearchParams({ title: 'Kommunestyret', proposal: '1', view: 'z=11&p=2' })
		});
		const token = /\/delt\/([A-Za-z0-9_-]{43})/.exec(await published.text())?.[1];
		expect(token).toBeDefined();

		const opened = await fetch(`${app.url}/delt/${token}`, { redirect: 'manual' });
		expect(opened.status).toBe(303);
		expect(opened.headers.get('location')).toBe('/kart?z=11&p=1');
		const shareCookie = opened.headers.getSetCookie()[0]!.split(';')[0]!;
		const get = (path: string) =>
			fetch(`${app.url}${path}`, { headers: { cookie: shareCookie }, redirect: 'manual' });

		const map = await get('/kart?p=2');
		expect(map.status).toBe(200);
		expect(await map.text()).not.toContain('Publiser delingslenke');
		expect((await get('/api/proposals/1/zones.geojson')).status).toBe(200);
		expect((await get('/api/proposals/2/zones.geojson')).status).toBe(403);
		// The newest version only, and not the merge's internal conflict layer.
		expect((await get('/api/proposals/1/zones.geojson?version=1')).status).toBe(403);
		expect((await get('/tiles/plan-issues/10/541/298')).status).toBe(403);
		expect([200, 204]).toContain((await get('/tiles/municipalities/10/541/298')).status);
		expect((await get('/eiendom')).status).toBe(303);
		expect((await get('/api/proposals')).status).toBe(401);
		const change = await fetch(`${app.url}/lokalomrader?/create`, {
			method: 'POST',
			headers: { cookie: shareCookie, origin: app.url, accept: 'application/json' },
			body: new URLSearchParams({ name: 'Via lenke' })
		});
		expect(change.status).toBe(401);

		const list = await (await fetchAs('planlegger', app.url, '/delingslenker')).text();
		const id = /name="id" value="(\d+)"/.exec(list)?.[1];
		const revoked = await fetchAs('planlegger', app.url, '/delingslenker?/revoke', {
			method: 'POST',
			headers: { accept: 'application/json' },
			body: new URLSearchParams({ id: id! })
		});
		expect(revoked.status).toBe(200);
		expect((await get('/kart')).status).toBe(303);
		expect((await fetch(`${app.url}/delt/${token}`, { redirect: 'manual' })).status).toBe(404);
	});

	it('an unknown token opens nothing', async () => {
		const response = await fetch(`${app.url}/delt/${'A'.repeat(43)}`, { redirect: 'manual' });
		expect(response.status).toBe(404);
		expect(response.headers.getSetCookie()).toEqual([]);
	});
});
