import { describe, expect, it } from 'vitest';
import { ParseError } from '../../errors';
import { readGroups } from './read-groups';

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, number: i + 1 }));
const groups = (text: string) => [...readGroups(lines(text), 'f.sos')];
const paths = (text: string) =>
	groups(text)[1]?.attributes.map((a) => [a.path, a.tokens.map((t) => t.text).join(' ')]);

describe('readGroups', () => {
	it('yields each group with its serial and line, and stops at .SLUTT', () => {
		const result = groups('.HODE\n.KURVE 7:\n.FLATE 8:\n.SLUTT\n.KURVE 9:');
		expect(result.map((g) => [g.type, g.serial, g.line])).toEqual([
			['HODE', null, 1],
			['KURVE', 7, 2],
			['FLATE', 8, 3]
		]);
	});

	it('flattens nested elements with dots', () => {
		expect(
			paths(
				'.HODE\n.FLATE 1:\n..NASJONALAREALPLANID\n...KOMM 0220\n...PLANID 7\n..VERTNIV 2\n.SLUTT'
			)
		).toEqual([
			['NASJONALAREALPLANID', ''],
			['NASJONALAREALPLANID.KOMM', '0220'],
			['NASJONALAREALPLANID.PLANID', '7'],
			['VERTNIV', '2']
		]);
	});

	it('suffixes repeated elements #2, #3 so no value is lost', () => {
		const text = '.HODE\n.FLATE 1:\n..U\n...T 15\n..U\n...T 17\n..B a\n..B b\n.SLUTT';
		expect(paths(text)?.map(([p]) => p)).toEqual(['U', 'U.T', 'U#2', 'U#2.T', 'B', 'B#2']);
	});

	it('collects ..NØ and ..NØH blocks as N,E pairs, skipping ...KP and heights', () => {
		const text = '.HODE\n.KURVE 1:\n..NØ\n10 20 ...KP 1\n..NØH\n30 40 5\n50 60 6 ...KP 1\n.SLUTT';
		expect(groups(text)[1]?.coordinates).toEqual([10, 20, 30, 40, 50, 60]);
	});

	it('joins ..REF continuation lines', () => {
		expect(groups('.HODE\n.FLATE 1:\n..REF :1 :-2\n:3\n(:4)\n..NØ\n1 2\n.SLUTT')[1]?.ref).toEqual({
			text: ' :1 :-2 :3 (:4)',
			line: 3
		});
	});

	it.each([
		['.HODE\n.KURVE 1:\n..NØ\n10 x\n.SLUTT', 4, '"x" is not a coordinate'],
		['.HODE\n.KURVE 1:\n..NØ\n10 20 30\n.SLUTT', 4, 'incomplete coordinate'],
		['.FLATE 1:\n.SLUTT', 1, '.FLATE before .HODE'],
		['..OBJTYPE X\n.HODE\n.SLUTT', 1, '..OBJTYPE before .HODE'],
		['.HODE\n.KURVE 1:\n..NØ\n10 20', 4, 'truncated: no .SLUTT']
	])('rejects %j at line %i', (text, line, detail) => {
		expect(() => groups(text)).toThrow(
			expect.objectContaining({
				constructor: ParseError,
				detail: expect.stringContaining(detail),
				location: expect.objectContaining({ file: 'f.sos', line })
			})
		);
	});
});
