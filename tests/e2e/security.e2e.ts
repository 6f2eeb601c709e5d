import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededDataDir, startApp, type RunningApp } from '../helpers/app-server';
import { signIn, TEST_USERS } from '../helpers/auth';

let app: RunningApp;

beforeAll(async () => {
	// A 1 MB limit so a 2 MB body is over it without sending hundreds of megabytes.
	app = await startApp({ PLANBORD_DATA_DIR: seededDataDir(), PLANBORD_MAX_UPLOAD_MB: '1' });
});

afterAll(async () => {
	await app?.stop();
});

const TWO_MB = Buffer.alloc(2 * 1024 * 1024, 'a');
const TOO_LARGE = 'Filen er for stor: 2 MB. Grensen er 1 MB (PLANBORD_MAX_UPLOAD_MB).';

describe('security headers', () => {
	it('a public page carries the CSP and the fixed headers', async () => {
		const response = await fetch(`${app.url}/logg-inn`);
		expect(response.status).toBe(200);
		const csp = response.headers.get('content-security-policy') ?? '';
		expect(csp).toContain("worker-src 'self' blob:");
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
		expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		expect({
			frame: response.headers.get('x-frame-options'),
			sniff: response.headers.get('x-content-type-options'),
			referrer: response.headers.get('referrer-policy'),
			// Served over http here, so no HSTS.
			hsts: response.headers.get('strict-transport-security')
		}).toEqual({ frame: 'DENY', sniff: 'nosniff', referrer: 'no-referrer', hsts: null });
	});
});

describe('requests the app refuses', () => {
	it('a form post from another origin gets 403 from SvelteKit', async () => {
		const response = await fetch(`${app.url}/logg-inn`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin: 'http://evil.example',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: new URLSearchParams({ username: 'test-admin', password: 'x' })
		});
		expect(response.status).toBe(403);
		expect(response.headers.get('set-cookie')).toBeNull();
	});

	it('a body over PLANBORD_MAX_UPLOAD_MB gets 413 with the bokmål message, as JSON or a page', async () => {
		const post = (accept: string) =>
			fetch(`${app.url}/logg-inn`, {
				method: 'POST',
				headers: {
					origin: app.url,
					accept,
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: TWO_MB
			});
		const json = await post('application/json');
		expect([json.status, ((await json.json()) as { message: string }).message]).toEqual([
			413,
			TOO_LARGE
		]);
		const page = await post('text/html');
		expect(page.status).toBe(413);
		expect(await page.text()).toContain(TOO_LARGE);
	});
});

describe('an unexpected server error', () => {
	// A multipart body that is not multipart: the login action's formData() throws.
	const brokenPost = async (session: string, extra: Record<string, string>) =>
		fetch(`${app.url}/logg-inn`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin: app.url,
				cookie: `planbord_session=${session}`,
				'content-type': 'multipart/form-data; boundary=planbord',
				...extra
			},
			body: 'this is not multipart'
		});

	it('shows a fixed message, no stack, no connection string and no cookie', async () => {
		const { username, password } = TEST_USERS.leser;
		const session = await signIn(app.url, username, password);
		const response = await brokenPost(session, { accept: 'text/html' });
		expect(response.status).toBe(500);
		const html = await response.text();
		expect(html).toContain('Noe gikk galt på serveren');
		expect(html).not.toContain('postgres://');
		expect(html).not.toMatch(/^\s+at /m);
		expect(html).not.toContain(session);
	});

	it('gives enhance an error id that the server log has, with the cookie masked', async () => {
		const { username, password } = TEST_USERS.leser;
		const session = await signIn(app.url, username, password);
		const response = await brokenPost(session, { 'x-sveltekit-action': 'true' });
		const result = (await response.json()) as {
			type: string;
			error: { message: string; id?: string };
		};
		expect([response.status, result.type, result.error.message]).toEqual([
			500,
			'error',
			'Noe gikk galt på serveren'
		]);
		expect(result.error.id).toMatch(/^[0-9a-f]{8}$/);
		expect(app.output()).toContain(`[error ${result.error.id}] 500 POST /logg-inn`);
		expect(app.output()).not.toContain(session);
	});
});
