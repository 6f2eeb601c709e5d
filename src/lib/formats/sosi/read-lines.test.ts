import { describe, expect, it } from 'vitest';
import { readLines } from './read-lines';

const lines = (bytes: Uint8Array, chunk?: number) =>
	[...readLines(bytes, new TextDecoder('utf-8'), chunk)].map((l) => [l.number, l.text]);

describe('readLines', () => {
	it('splits CRLF and LF alike and keeps a last line without an end', () => {
		expect(lines(new TextEncoder().encode('.HODE\r\n..NØ\n.SLUTT'))).toEqual([
			[1, '.HODE'],
			[2, '..NØ'],
			[3, '.SLUTT']
		]);
	});

	it('keeps a UTF-8 character split across chunks whole', () => {
		// 'ø' is two bytes; with 3-byte chunks every other one is cut in half.
		const bytes = new TextEncoder().encode('øøøø\r\nåå\r\n');
		expect(lines(bytes, 3)).toEqual([
			[1, 'øøøø'],
			[2, 'åå']
		]);
	});

	it('keeps a CRLF split across chunks as one line end', () => {
		expect(lines(new TextEncoder().encode('ab\r\ncd\r\n'), 3)).toEqual([
			[1, 'ab'],
			[2, 'cd']
		]);
	});

	it('counts empty lines', () => {
		expect(lines(new TextEncoder().encode('a\n\nb\n'))).toEqual([
			[1, 'a'],
			[2, ''],
			[3, 'b']
		]);
	});
});
