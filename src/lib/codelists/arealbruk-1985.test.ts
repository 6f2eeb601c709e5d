import { describe, expect, it } from 'vitest';
import { AREALBRUK_1985 } from './arealbruk-1985';

const HEX = /^#[0-9a-f]{6}$/;
const byCode = (code: string) => AREALBRUK_1985.find((e) => e.code === code);

describe('AREALBRUK_1985 integrity', () => {
	it('has 64 unique 3-digit codes, as Geonorge’s register counts', () => {
		const codes = AREALBRUK_1985.map((e) => e.code);
		expect(new Set(codes).size).toBe(64);
		expect(codes.every((c) => /^[1-6]\d{2}$/.test(c))).toBe(true);
	});

	it('gives every detailed code a parent in the same § 20-4 category', () => {
		const bad = AREALBRUK_1985.filter((e) => {
			if (e.parent === null) return !e.code.endsWith('00');
			const parent = byCode(e.parent);
			return !parent || parent.category !== e.category;
		});
		expect(bad).toEqual([]);
	});

	it('has #rrggbb colours, patterns included', () => {
		const colours = AREALBRUK_1985.flatMap((e) => [
			e.current,
			e.future,
			...(e.pattern ? [e.pattern.current, e.pattern.future] : [])
		]);
		expect(colours.filter((c) => !HEX.test(c))).toEqual([]);
	});

	it('repeats the pattern colour as the entry colour where the pattern has no fill', () => {
		const bad = AREALBRUK_1985.filter(
			(e) =>
				e.pattern?.onFill === false &&
				(e.current !== e.pattern.current || e.future !== e.pattern.future)
		);
		expect(bad).toEqual([]);
	});
});

describe('AREALBRUK_1985 pinned against plan-standards.md §3.1 by hand', () => {
	it('110 Boligområde: #ffe500 eksisterende, #ffff99 framtidig', () => {
		expect(byCode('110')).toMatchObject({ current: '#ffe500', future: '#ffff99', parent: '100' });
	});

	it('221 draws yellow dots on the LNF fill', () => {
		expect(byCode('221')).toMatchObject({
			current: '#e5ffa5',
			pattern: { kind: 'dots', current: '#ffff00', future: '#ffff99', onFill: true }
		});
	});

	it('410 is a black/red hatch on no fill', () => {
		expect(byCode('410')?.pattern).toEqual({
			kind: 'hatch',
			current: '#000000',
			future: '#ff0000',
			onFill: false
		});
	});

	it('corrects the SLD’s spelling slips and says so', () => {
		expect(byCode('540')?.name).toBe('LNF-område i sjø og vassdrag');
		expect(byCode('540')?.note).toMatch(/is sjø/);
	});

	it('does not list NINA’s 191, which neither the SLD nor the register has', () => {
		expect(byCode('191')).toBeUndefined();
	});
});
