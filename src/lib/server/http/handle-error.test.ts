import type { RequestEvent } from '@sveltejs/kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeForLog, handleError, publicErrorMessage } from './handle-error';

afterEach(() => {
	vi.restoreAllMocks();
});

function fakeEvent(cookies: Record<string, string>): RequestEvent {
	return {
		request: new Request('http://x/delt/abc', { method: 'GET' }),
		route: { id: '/delt/[token]' },
		cookies: { getAll: () => Object.entries(cookies).map(([name, value]) => ({ name, value })) }
	} as unknown as RequestEvent;
}

describe('publicErrorMessage', () => {
	it.each([
		[500, 'Noe gikk galt på serveren'],
		[503, 'Noe gikk galt på serveren'],
		[404, 'Siden finnes ikke'],
		[413, 'Forespørselen er for stor. Grensen er 1,5 MB (PLANBORD_MAX_UPLOAD_MB).'],
		[400, 'Forespørselen kunne ikke behandles']
	])('gives %d a fixed bokmål text', (status, text) => {
		expect(publicErrorMessage(status, 1.5)).toBe(text);
	});
});

describe('describeForLog', () => {
	it('keeps the stack and causes, with the connection password masked', () => {
		const cause = new Error('connect ECONNREFUSED postgres://planbord:hemmelig@db:5432/planbord');
		const text = describeForLog(new Error('migration failed', { cause }), []);
		expect(text).toMatch(/^Error: migration failed\n\s+at /);
		expect(text).toContain('Caused by: Error: connect ECONNREFUSED postgres://planbord:***@db');
		expect(text).not.toContain('hemmelig');
	});

	it('describes a thrown non-Error', () => {
		expect(describeForLog('token=abc', [])).toBe('token=***');
	});
});

describe('handleError', () => {
	it('gives the page a fixed message and an id, and logs the redacted stack under that id', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const sessionValue = 'session-value-that-must-not-leak';
		const error = new Error(`boom with ${sessionValue} at postgres://u:pw@db/x`);
		const result = await handleError({
			error,
			event: fakeEvent({ planbord_session: sessionValue }),
			status: 500,
			message: 'Internal Error'
		});
		expect(result).toEqual({
			message: 'Noe gikk galt på serveren',
			id: expect.stringMatching(/^[0-9a-f]{8}$/)
		});
		const logged = String(log.mock.calls[0]?.[0]);
		expect(logged).toContain(`[error ${result!.id}] 500 GET /delt/[token]`);
		expect(logged).toContain('boom with *** at postgres://u:***@db/x');
		expect(logged).not.toContain(sessionValue);
	});

	it('answers a 404 without an id and without logging', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const result = await handleError({
			error: new Error('Not found: /x'),
			event: fakeEvent({}),
			status: 404,
			message: 'Not Found'
		});
		expect([result, log.mock.calls.length]).toEqual([{ message: 'Siden finnes ikke' }, 0]);
	});
});
