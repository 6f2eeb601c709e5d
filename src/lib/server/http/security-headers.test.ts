import { describe, expect, it } from 'vitest';
import { securityHeadersFor, withSecurityHeaders } from './security-headers';

const http = () => new URL('http://127.0.0.1:3000/logg-inn');
const https = () => new URL('https://planbord.example/delt/abc');

describe('securityHeadersFor', () => {
	it('sets the fixed headers on plain http, without HSTS', () => {
		expect(securityHeadersFor(http())).toEqual({
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'no-referrer',
			'x-frame-options': 'DENY',
			'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
			'cross-origin-opener-policy': 'same-origin'
		});
	});

	it('adds HSTS when the request came over https', () => {
		expect(securityHeadersFor(https())['strict-transport-security']).toBe('max-age=31536000');
	});
});

describe('withSecurityHeaders', () => {
	it('adds every header to a plain response', () => {
		const response = withSecurityHeaders(new Response('ok'), https());
		expect(Object.fromEntries(response.headers)).toMatchObject(securityHeadersFor(https()));
	});

	it('keeps a header the route set itself', () => {
		const own = new Response('ok', { headers: { 'Referrer-Policy': 'same-origin' } });
		expect(withSecurityHeaders(own, http()).headers.get('referrer-policy')).toBe('same-origin');
	});

	it('copies a response whose headers are immutable, keeping status and body', async () => {
		const redirect = Response.redirect('http://127.0.0.1:3000/', 302);
		expect(() => redirect.headers.set('x-test', '1')).toThrow(TypeError);
		const response = withSecurityHeaders(redirect, http());
		expect([response.status, response.headers.get('location')]).toEqual([
			302,
			'http://127.0.0.1:3000/'
		]);
		expect(response.headers.get('x-frame-options')).toBe('DENY');
		expect(await response.text()).toBe('');
	});
});
