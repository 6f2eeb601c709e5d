import { describe, expect, it } from 'vitest';
import { AREALFORMAL_2008 } from './arealformal-2008';
import { MAIN_PURPOSES, mainPurposeOf } from './main-purpose';

describe('MAIN_PURPOSES', () => {
	it('lists § 11-7 nr. 1–6 in order', () => {
		expect(MAIN_PURPOSES.map((p) => p.id)).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('names only current hovedformål codes of its own main purpose', () => {
		const bad = MAIN_PURPOSES.flatMap((p) =>
			p.codes.filter((code) => {
				const entry = AREALFORMAL_2008.find((e) => e.code === code);
				return entry?.level !== 'hovedformål' || entry.expired || entry.mainPurpose !== p.id;
			})
		);
		expect(bad).toEqual([]);
	});
});

describe('mainPurposeOf', () => {
	it.each([
		['1110', 1],
		['2044', 2],
		['3040', 3],
		['4800', 4],
		['5210', 5],
		['6230', 6],
		['5000', 5]
	])('puts %s under hovedformål %i', (code, id) => {
		expect(mainPurposeOf(code)).toBe(id);
	});

	it('gives null for unknown, missing and un-harmonised 1985 codes', () => {
		expect([mainPurposeOf('1999'), mainPurposeOf(null), mainPurposeOf('110')]).toEqual([
			null,
			null,
			null
		]);
	});
});
