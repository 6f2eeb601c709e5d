import type { RequestEvent } from '@sveltejs/kit';
import { parse } from 'devalue';
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_MAX_UPLOAD_MB,
	maxUploadMb,
	oversizedBody,
	tooLargeMessage,
	tooLargeResponse,
	uploadLimit
} from './upload-limit';

const MB = 1024 * 1024;

describe('maxUploadMb', () => {
	it.each([
		[undefined, DEFAULT_MAX_UPLOAD_MB],
		['', DEFAULT_MAX_UPLOAD_MB],
		['  ', DEFAULT_MAX_UPLOAD_MB],
		['100', 100],
		[' 1 ', 1],
		['0.5', 0.5]
	])('reads %j as %d MB', (setting, mb) => {
		expect(maxUploadMb(setting)).toBe(mb);
	});

	it.each(['0', '-5', 'abc', '100M', 'Infinity'])('refuses %j', (setting) => {
		expect(maxUploadMb(setting)).toBeNull();
	});
});

describe('oversizedBody', () => {
	it('returns the size of a POST, PUT or PATCH over the limit', () => {
		expect(['POST', 'PUT', 'PATCH'].map((m) => oversizedBody(m, String(2 * MB), 1))).toEqual([
			2 * MB,
			2 * MB,
			2 * MB
		]);
	});

	it('lets a body of exactly the limit through', () => {
		expect(oversizedBody('POST', String(MB), 1)).toBeNull();
	});

	it('ignores methods that carry no upload', () => {
		expect(
			['GET', 'HEAD', 'DELETE', 'OPTIONS'].map((m) => oversizedBody(m, '9999999999', 1))
		).toEqual([null, null, null, null]);
	});

	it.each([null, '', 'abc', '-1', '1e9', '1.5', '12345678901234567'])(
		'leaves Content-Length %j to BODY_SIZE_LIMIT',
		(length) => {
			expect(oversizedBody('POST', length, 1)).toBeNull();
		}
	);
});

describe('tooLargeMessage', () => {
	it('names size and limit in MB with a decimal comma', () => {
		expect(tooLargeMessage(2.5 * MB, 0.5)).toBe(
			'Filen er for stor: 2,5 MB. Grensen er 0,5 MB (PLANBORD_MAX_UPLOAD_MB).'
		);
	});
});

const post = (url: string, headers: Record<string, string>) =>
	new Request(url, { method: 'POST', headers });

describe('tooLargeResponse', () => {
	const message = tooLargeMessage(2 * MB, 1);

	it('answers enhance with a failure ActionResult naming the action', async () => {
		const url = new URL('http://x/lokalomrader?/import');
		const response = tooLargeResponse(
			post(url.href, { 'x-sveltekit-action': 'true' }),
			url,
			message
		);
		const body = (await response.json()) as { type: string; status: number; data: string };
		expect([response.status, body.type, body.status]).toEqual([413, 'failure', 413]);
		expect(parse(body.data)).toEqual({ action: 'import', message });
	});

	it('answers an API client with JSON', async () => {
		const url = new URL('http://x/api/proposals/1/versions');
		const response = tooLargeResponse(post(url.href, {}), url, message);
		expect([response.status, await response.json()]).toEqual([
			413,
			{ reason: 'file-too-large', message }
		]);
	});

	it('answers a script that accepts JSON with JSON', async () => {
		const url = new URL('http://x/plan?/import');
		const response = tooLargeResponse(post(url.href, { accept: 'application/json' }), url, message);
		expect(((await response.json()) as { message: string }).message).toBe(message);
	});

	it('answers a plain form post with a page that links back', async () => {
		const url = new URL('http://x/plan?/import');
		const response = tooLargeResponse(post(url.href, { accept: 'text/html' }), url, message);
		const html = await response.text();
		expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(html).toContain(message);
		expect(html).toContain('<a href="/plan">');
	});
});

describe('uploadLimit', () => {
	const event = (contentLength: string) => {
		const url = new URL('http://x/api/proposals');
		const request = post(url.href, { 'content-length': contentLength });
		return { request, url } as unknown as RequestEvent;
	};
	const resolve = () => new Response('resolved');

	it('passes a body within the default limit on to the route', async () => {
		const response = await uploadLimit({ event: event(String(MB)), resolve });
		expect(await response.text()).toBe('resolved');
	});

	it('answers 413 for a body over the default limit without calling the route', async () => {
		const bytes = (DEFAULT_MAX_UPLOAD_MB + 1) * MB;
		const response = await uploadLimit({ event: event(String(bytes)), resolve });
		expect([response.status, ((await response.json()) as { message: string }).message]).toEqual([
			413,
			tooLargeMessage(bytes, DEFAULT_MAX_UPLOAD_MB)
		]);
	});
});
