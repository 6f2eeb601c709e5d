import { describe, expect, it } from 'vitest';
import { harmoniseCode, harmoniseStatus } from './harmonise-code';

describe('harmoniseCode: PBL 1985 arealbruk', () => {
	it('maps 110 Boligområde to 1110 without a judgement', () => {
		expect(harmoniseCode('110', 'arealbruk-1985')).toEqual({
			code: '1110',
			codeList: 'arealformal-2008',
			known: true,
			changed: true,
			judgement: null
		});
	});

	it('maps 171 Idrettsanlegg to 1400 with a judgement', () => {
		const result = harmoniseCode('171', 'arealbruk-1985');
		expect(result).toMatchObject({ code: '1400', codeList: 'arealformal-2008', known: true });
		expect(result.judgement).toMatch(/^Idrettsanlegg var et underformål av friområde/);
	});

	it('keeps an unknown 1985 code (NINA’s 191) unchanged in its own list', () => {
		expect(harmoniseCode('191', 'arealbruk-1985')).toEqual({
			code: '191',
			codeList: 'arealbruk-1985',
			known: false,
			changed: false,
			judgement: null
		});
	});

	it('does not read a 2008 code as a 1985 code', () => {
		expect(harmoniseCode('1110', 'arealbruk-1985').known).toBe(false);
	});
});

describe('harmoniseCode: PBL 2008 arealformål', () => {
	it('passes 1110 through unchanged', () => {
		expect(harmoniseCode('1110', 'arealformal-2008')).toEqual({
			code: '1110',
			codeList: 'arealformal-2008',
			known: true,
			changed: false,
			judgement: null
		});
	});

	it('moves expired 1000 to the hovedformål 1001 with a judgement', () => {
		const result = harmoniseCode('1000', 'arealformal-2008');
		expect(result).toMatchObject({ code: '1001', known: true, changed: true });
		expect(result.judgement).toMatch(/utgått/);
	});

	// 5001 is itself expired; § 11-7 nr. 5 a is 5100, and spredt bebyggelse (b) must be stated.
	it.each(['5000', '5001'])('moves expired %s to 5100, naming 5200 as the alternative', (code) => {
		const result = harmoniseCode(code, 'arealformal-2008');
		expect(result).toMatchObject({ code: '5100', known: true, changed: true });
		expect(result.judgement).toMatch(/5200/);
	});

	it('keeps unknown 1999 with known=false', () => {
		expect(harmoniseCode('1999', 'arealformal-2008')).toEqual({
			code: '1999',
			codeList: 'arealformal-2008',
			known: false,
			changed: false,
			judgement: null
		});
	});

	it('reports a missing code as unknown, not as an error', () => {
		expect(harmoniseCode(null, 'arealformal-2008')).toMatchObject({ code: null, known: false });
	});

	it('trims padding from a known code and says it changed', () => {
		expect(harmoniseCode(' 1110 ', 'arealformal-2008')).toMatchObject({
			code: '1110',
			known: true,
			changed: true
		});
	});
});

describe('harmoniseCode: other code lists', () => {
	it('passes a hensynssone code through', () => {
		expect(harmoniseCode('310', 'hensynssone')).toMatchObject({
			code: '310',
			known: true,
			changed: false,
			judgement: null
		});
	});

	it('keeps an expired generalised zone code, with a judgement', () => {
		const result = harmoniseCode('700', 'hensynssone');
		expect(result).toMatchObject({ code: '700', known: true, changed: false });
		expect(result.judgement).toMatch(/utgått/);
	});

	it('keeps reguleringsplan codes unchanged as not known to Planbord', () => {
		expect(harmoniseCode('1169', 'reguleringsformal-2008')).toMatchObject({
			code: '1169',
			known: false,
			changed: false
		});
	});

	it('treats a planområde without a code as known', () => {
		expect(harmoniseCode(null, 'none').known).toBe(true);
	});
});

describe('harmoniseStatus', () => {
	it('turns status 3 into 1 with a judgement (R16)', () => {
		const result = harmoniseStatus(3, 'pbl1985');
		expect(result.status).toBe(1);
		expect(result.judgement).toMatch(/Satt til 1 \(nåværende\)/);
	});

	it('says a status 3 on a PBL 2008 plan is an error in the source', () => {
		expect(harmoniseStatus(3, 'pbl2008').judgement).toMatch(/skal ikke brukes/);
	});

	it.each([1, 2])('passes status %i through', (status) => {
		expect(harmoniseStatus(status, 'pbl2008')).toEqual({ status, judgement: null });
	});

	it('leaves a missing status missing', () => {
		expect(harmoniseStatus(null, null)).toEqual({ status: null, judgement: null });
	});

	it('keeps an unknown status with a judgement', () => {
		expect(harmoniseStatus(7, 'pbl2008')).toEqual({
			status: 7,
			judgement:
				'Ukjent arealbruksstatus 7 er beholdt uendret; gyldige verdier er 1 (nåværende) og 2 (framtidig).'
		});
	});
});
