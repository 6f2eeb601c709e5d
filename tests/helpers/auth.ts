import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { Role } from '../../src/lib/auth/roles';
import type { Db } from '../../src/lib/server/db/handle';
import { createUser } from '../../src/lib/server/auth/users';

/** One account per role in every test database made from the e2e template. */
export const TEST_USERS: Record<Role, { username: string; password: string }> = {
	admin: { username: 'test-admin', password: 'testpassord-admin-2026' },
	eiendom: { username: 'test-eiendom', password: 'testpassord-eiendom-2026' },
	planlegger: { username: 'test-planlegger', password: 'testpassord-planlegger-2026' },
	leser: { username: 'test-leser', password: 'testpassord-leser-2026' }
};

export async function seedTestUsers(db: Db): Promise<void> {
	for (const [role, user] of Object.entries(TEST_USERS) as [Role, (typeof TEST_USERS)[Role]][]) {
		await createUser(
			db,
			{ username: user.username, displayName: `Test ${role}`, role },
			user.password,
			false
		);
	}
}

/**
 * Signs in through the real login form (as a browser would: same-origin form post) and
 * returns the session cookie's value.
 */
export async function signIn(appUrl: string, username: string, password: string): Promise<string> {
	const response = await fetch(`${appUrl}/logg-inn`, {
		method: 'POST',
		redirect: 'manual',
		// A browser's form post asks for HTML; without it (fetch sends */*) SvelteKit answers
		// as to an enhanced form: 200 with the redirect in JSON instead of a 303.
		headers: {
			origin: appUrl,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ username, password, next: '/' })
	});
	const cookie = response.headers.getSetCookie().find((c) => c.startsWith('planbord_session='));
	if (response.status !== 303 || !cookie) {
		throw new Error(`sign-in as ${username} failed: ${response.status} ${await response.text()}`);
	}
	return cookie.split(';')[0]!.slice('planbord_session='.length);
}

const BOOTSTRAP_LINE = /Engangspassord \(vises bare nå, må byttes ved første innlogging\): (\S+)/g;

/**
 * The one-time password of the administrator `admin` that the app creates, and prints once,
 * when it starts on a database with no accounts (src/hooks.server.ts). Every occurrence in
 * `output`, in order: more than one means it was printed again.
 */
export function bootstrapPasswords(output: string): string[] {
	return [...output.matchAll(BOOTSTRAP_LINE)].map((m) => m[1]!);
}

/**
 * Changes the signed-in user's password through the account page's form action, as its
 * enhanced form does; throws with the page's message when it is refused.
 */
export async function changePassword(
	appUrl: string,
	session: string,
	current: string,
	password: string
): Promise<void> {
	const response = await fetch(`${appUrl}/konto`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: appUrl,
			cookie: `planbord_session=${session}`,
			'content-type': 'application/x-www-form-urlencoded',
			'x-sveltekit-action': 'true'
		},
		body: new URLSearchParams({ current, password, repeat: password })
	});
	const text = await response.text();
	let result: { type?: string } = {};
	try {
		result = JSON.parse(text) as { type?: string };
	} catch {
		// Not an action result: reported below with the body.
	}
	if (response.status !== 200 || result.type !== 'success') {
		throw new Error(`password change failed: ${response.status} ${text}`);
	}
}

const sessions = new Map<string, Promise<string>>();

/** The session cookie of the test user with `role` (signed in once per app and role). */
export function sessionFor(appUrl: string, role: Role): Promise<string> {
	const key = `${appUrl} ${role}`;
	let session = sessions.get(key);
	if (!session) {
		session = signIn(appUrl, TEST_USERS[role].username, TEST_USERS[role].password);
		sessions.set(key, session);
	}
	return session;
}

/** A browser context signed in as the test user with `role`. */
export async function signedInContext(
	browser: Browser,
	appUrl: string,
	role: Role,
	options: BrowserContextOptions = {}
): Promise<BrowserContext> {
	const context = await browser.newContext(options);
	await context.addCookies([
		{ name: 'planbord_session', value: await sessionFor(appUrl, role), url: appUrl }
	]);
	return context;
}

/** A page in its own signed-in context; closing the page's context is left to `page.close`. */
export async function signedInPage(
	browser: Browser,
	appUrl: string,
	role: Role,
	options: BrowserContextOptions = {}
): Promise<Page> {
	const context = await signedInContext(browser, appUrl, role, options);
	const page = await context.newPage();
	// The browser may be closing already (afterAll): then so is the context.
	page.once('close', () => void context.close().catch(() => {}));
	return page;
}

/** `fetch` against the app as the test user with `role` (same-origin, like the app's pages). */
export async function fetchAs(
	role: Role | null,
	appUrl: string,
	path: string,
	init: RequestInit = {}
): Promise<Response> {
	const headers = new Headers(init.headers);
	if (role) headers.set('cookie', `planbord_session=${await sessionFor(appUrl, role)}`);
	if (init.method && init.method !== 'GET') headers.set('origin', appUrl);
	return fetch(new URL(path, appUrl), { ...init, headers, redirect: init.redirect ?? 'manual' });
}
