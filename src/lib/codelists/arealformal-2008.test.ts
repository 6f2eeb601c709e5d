import { describe, expect, it } from 'vitest';
import { AREALFORMAL_2008 } from './arealformal-2008';

const HEX = /^#[0-9a-f]{6}$/;
const byCode = (code: string) => AREALFORMAL_2008.find((e) => e.code === code);

describe('AREALFORMAL_2008 integrity', () => {
	it('has unique 4-digit codes', () => {
		const codes = AREALFORMAL_2008.map((e) => e.code);
		expect(new Set(codes).size).toBe(codes.length);
		expect(codes.every((c) => /^[1-6]\d{3}$/.test(c))).toBe(true);
	});

	it('holds all 66 codes of plan-standards.md §1.2', () => {
		expect(AREALFORMAL_2008).toHaveLength(66);
	});

	it('gives every underformål a parent in the table with the same main purpose', () => {
		const problems = AREALFORMAL_2008.filter((e) => e.level === 'underformål').filter((e) => {
			const parent = e.parent === null ? undefined : byCode(e.parent);
			return !parent || parent.mainPurpose !== e.mainPurpose || parent.expired;
		});
		expect(problems).toEqual([]);
	});

	it('nests below an underformål only where §1.2 says so', () => {
		const nested = AREALFORMAL_2008.filter(
			(e) => e.parent && byCode(e.parent)?.level !== 'hovedformål'
		);
		expect(nested.map((e) => e.code)).toEqual(['2044', '6110', '6120', '6130', '6220', '6230']);
	});

	it('gives hovedformål and generalised codes no parent', () => {
		const withParent = AREALFORMAL_2008.filter((e) => e.level !== 'underformål' && e.parent);
		expect(withParent).toEqual([]);
	});

	it('has lowercase #rrggbb colours for both statuses', () => {
		const bad = AREALFORMAL_2008.filter((e) => !HEX.test(e.current) || !HEX.test(e.future));
		expect(bad).toEqual([]);
	});

	it('takes the main purpose from the first digit', () => {
		expect(AREALFORMAL_2008.every((e) => e.mainPurpose === Number(e.code[0]))).toBe(true);
	});

	it('hatches exactly the combined purposes 1800, 2800, 4800 and 6800', () => {
		expect(AREALFORMAL_2008.filter((e) => e.hatch).map((e) => e.code)).toEqual([
			'1800',
			'2800',
			'4800',
			'6800'
		]);
	});

	it('marks exactly the x000 codes and 5001 as expired', () => {
		expect(AREALFORMAL_2008.filter((e) => e.expired).map((e) => e.code)).toEqual([
			'1000',
			'2000',
			'3000',
			'4000',
			'5000',
			'5001',
			'6000'
		]);
	});

	it('explains every entry below ✔ in a note', () => {
		const unexplained = AREALFORMAL_2008.filter((e) => e.certainty !== 'verified' && !e.note);
		expect(unexplained).toEqual([]);
	});

	it('cannot be changed by a caller', () => {
		expect(Object.isFrozen(AREALFORMAL_2008) && Object.isFrozen(AREALFORMAL_2008[0])).toBe(true);
	});
});

describe('AREALFORMAL_2008 pinned against plan-standards.md §1.2 by hand', () => {
	it('1110 Boligbebyggelse: #ffff99 nåværende, #ffff33 framtidig, under 1001', () => {
		expect(byCode('1110')).toMatchObject({
			name: 'Boligbebyggelse',
			level: 'underformål',
			parent: '1001',
			current: '#ffff99',
			future: '#ffff33'
		});
	});

	it('1800 takes its stripe colours from the hatch SVGs', () => {
		expect(byCode('1800')).toMatchObject({ current: '#ffcc00', future: '#e6b800', hatch: true });
	});

	it('LNFR: 5001 is an expired hovedformål, 5100 and 5200 are hovedformål, 5210 sits under 5200', () => {
		expect(byCode('5001')).toMatchObject({ level: 'hovedformål', expired: true });
		expect(byCode('5100')).toMatchObject({ level: 'hovedformål', parent: null, expired: false });
		expect(byCode('5200')).toMatchObject({ current: '#ccffcc', future: '#33ff99' });
		expect(byCode('5210')?.parent).toBe('5200');
	});

	it('2044 Molo sits under 2040 Havn', () => {
		expect(byCode('2044')).toMatchObject({ parent: '2040', current: '#33bebe', future: '#338c8c' });
	});

	it('marks the inferred parents of 6110–6130 and 6220–6230 as unverified', () => {
		const guessed = AREALFORMAL_2008.filter((e) => e.certainty === 'unverified');
		expect(guessed.map((e) => `${e.code}<${e.parent}`)).toEqual([
			'6110<6100',
			'6120<6100',
			'6130<6100',
			'6220<6200',
			'6230<6200'
		]);
	});
});
