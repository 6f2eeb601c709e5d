import { describe, expect, it } from 'vitest';
import { parseCompareParams } from './parse-compare-params';

const parse = (query: string) => parseCompareParams(new URLSearchParams(query));

describe('parseCompareParams', () => {
	it('reads two ids and leaves absent versions to mean the newest', () => {
		expect(parse('a=1&b=12')).toEqual({
			ok: true,
			params: { a: 1, b: 12, av: undefined, bv: undefined }
		});
	});

	it('reads optional versions, and allows the same proposal on both sides', () => {
		expect(parse('a=3&b=3&av=1&bv=4')).toEqual({
			ok: true,
			params: { a: 3, b: 3, av: 1, bv: 4 }
		});
	});

	it.each(['', 'a=1', 'b=2', 'a=&b=2'])('refuses %j: both ids are needed', (query) => {
		expect(parse(query)).toMatchObject({ ok: false, message: expect.stringContaining('a=') });
	});

	it.each(['a=x&b=2', 'a=0&b=2', 'a=1&b=-2', 'a=1.5&b=2', 'a=1&b=01', 'a=1&b=1234567890'])(
		'refuses %j: not a proposal number',
		(query) => {
			expect(parse(query)).toMatchObject({
				ok: false,
				message: expect.stringContaining('forslagsnummer')
			});
		}
	);

	it.each(['a=1&b=2&av=0', 'a=1&b=2&bv=x', 'a=1&b=2&av=2.0'])(
		'refuses %j: not a version number',
		(query) => {
			expect(parse(query)).toMatchObject({
				ok: false,
				message: expect.stringContaining('versjonsnummer')
			});
		}
	);
});
