import { describe, expect, it } from 'vitest';
import { ParseError } from '../../errors';
import { parseRefs } from './parse-refs';

const ref = (n: number) => ({ serial: Math.abs(n), reversed: n < 0 });

describe('parseRefs', () => {
	it('reads forward and reversed refs', () => {
		expect(parseRefs(' :6 :-45')).toEqual({ outer: [ref(6), ref(-45)], holes: [] });
	});

	it('reads each parenthesised group as one island, spaces optional', () => {
		expect(parseRefs(':-1186 :1448 (:-1054 :-726 :-502) ( :-640 :738 )')).toEqual({
			outer: [ref(-1186), ref(1448)],
			holes: [
				[ref(-1054), ref(-726), ref(-502)],
				[ref(-640), ref(738)]
			]
		});
	});

	it.each([
		[':1 (:2', '"(" not closed'],
		[':1 :2)', '")" without "("'],
		[':1 ((:2))', 'nested'],
		[':1 x', 'unexpected "x"'],
		['(:2)', 'no outer boundary'],
		[':1 ()', 'empty island']
	])('rejects %s', (text, message) => {
		expect(() => parseRefs(text, { line: 5 })).toThrow(
			expect.objectContaining({ constructor: ParseError, detail: expect.stringContaining(message) })
		);
	});
});
