import { describe, expect, it } from 'vitest';
import { createRandom } from '../../buildings/sample/prng';
import { findArealformal } from '../../codelists/find-code';
import { bandOf, chooseLanduse, type CellSetting } from './choose-landuse';

const setting = (reach: number, water = false): CellSetting => ({ reach, kind: 'sentrum', water });
const codes = (s: CellSetting, n = 300) =>
	Array.from({ length: n }, (_, i) => chooseLanduse(s, createRandom(`test:${i}`)));

describe('bandOf', () => {
	it.each([
		[0.3, false, 'core'],
		[1, false, 'belt'],
		[2, false, 'fringe'],
		[5, false, 'rural'],
		[1, true, 'shore'],
		[5, true, 'open-water']
	] as const)('reach %d, water %s → %s', (reach, water, band) => {
		expect(bandOf(setting(reach, water))).toBe(band);
	});
});

describe('chooseLanduse', () => {
	it('chooses only current PBL 2008 codes', () => {
		const all = [0.3, 1, 2, 5].flatMap((r) => [...codes(setting(r)), ...codes(setting(r, true))]);
		const bad = all.filter((c) => !findArealformal(c.code) || findArealformal(c.code)?.expired);
		expect(bad).toEqual([]);
	});

	it('chooses water codes (6xxx) for cells off the land', () => {
		expect(codes(setting(5, true)).every((c) => c.code.startsWith('6'))).toBe(true);
	});

	it('makes LNFR 5100 the most common code in the countryside', () => {
		const rural = codes(setting(6));
		expect(rural.filter((c) => c.code === '5100').length).toBeGreaterThan(rural.length / 2);
	});

	it('makes sentrum 1130 the most common code in a town centre', () => {
		const core = codes(setting(0.2)).map((c) => c.code);
		const count = (code: string) => core.filter((c) => c === code).length;
		expect(Math.max(...['1110', '1160', '1150', '2080', '3050'].map(count))).toBeLessThan(
			count('1130')
		);
	});

	it('marks only built-up, transport and spread-housing codes framtidig', () => {
		const future = [0.3, 1, 2, 5].flatMap((r) => codes(setting(r))).filter((c) => c.status === 2);
		expect(future.every((c) => /^(1|2|52)/.test(c.code)) && future.length > 0).toBe(true);
	});
});
