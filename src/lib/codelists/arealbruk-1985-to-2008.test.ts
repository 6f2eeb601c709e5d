import { describe, expect, it } from 'vitest';
import { AREALBRUK_1985 } from './arealbruk-1985';
import { AREALBRUK_1985_TO_2008 } from './arealbruk-1985-to-2008';
import { AREALFORMAL_2008 } from './arealformal-2008';
import { HENSYNSSONE_CODES } from './hensynssone';

const mappingOf = (code: string) => AREALBRUK_1985_TO_2008.find((m) => m.from === code);

describe('AREALBRUK_1985_TO_2008 integrity', () => {
	it('maps every 1985 code exactly once, and nothing else', () => {
		const from = AREALBRUK_1985_TO_2008.map((m) => m.from);
		expect(new Set(from).size).toBe(from.length);
		expect([...from].sort()).toEqual(AREALBRUK_1985.map((e) => e.code).sort());
	});

	it('maps every code to a known, current 2008 code', () => {
		const current = new Set(AREALFORMAL_2008.filter((e) => !e.expired).map((e) => e.code));
		expect(AREALBRUK_1985_TO_2008.filter((m) => !current.has(m.to))).toEqual([]);
	});

	it('suggests only known, current hensynssone codes', () => {
		const zones = new Set(HENSYNSSONE_CODES.filter((z) => !z.expired).map((z) => z.code));
		const bad = AREALBRUK_1985_TO_2008.filter((m) => m.zone !== null && !zones.has(m.zone));
		expect(bad).toEqual([]);
	});

	it('names the suggested zone in the judgement', () => {
		const bad = AREALBRUK_1985_TO_2008.filter(
			(m) => m.zone !== null && !m.judgement?.includes(`H${m.zone}`)
		);
		expect(bad).toEqual([]);
	});

	it('never stores an empty judgement', () => {
		expect(AREALBRUK_1985_TO_2008.filter((m) => m.judgement?.trim() === '')).toEqual([]);
	});
});

describe('AREALBRUK_1985_TO_2008 decisions on the cases plan-standards.md §3.1 flags', () => {
	it.each(['400', '410', '420', '490', '499'])(
		'%s båndlegging keeps LNFR as land use and asks for a båndleggingssone',
		(code) => {
			const mapping = mappingOf(code);
			expect(mapping?.to).toBe('5100');
			expect(mapping?.judgement).toMatch(/båndleggingssone/);
		}
	);

	it('410 and 420 suggest H720 and H730', () => {
		expect([mappingOf('410')?.zone, mappingOf('420')?.zone]).toEqual(['720', '730']);
	});

	it('470 "skal reguleres" suggests H710 and a plankrav, with LNFR underneath', () => {
		expect(mappingOf('470')).toMatchObject({ to: '5100', zone: '710' });
		expect(mappingOf('470')?.judgement).toMatch(/§ 11-9 nr\. 1/);
	});

	it('170 Friområde moves to grønnstruktur and says the hovedformål changes', () => {
		expect(mappingOf('170')?.to).toBe('3040');
		expect(mappingOf('170')?.judgement).toMatch(/hovedformålet endres/);
	});

	it('171 Idrettsanlegg goes to 1400 with a judgement', () => {
		expect(mappingOf('171')?.to).toBe('1400');
		expect(mappingOf('171')?.judgement).toMatch(/ulike hovedformål/);
	});

	it('330 Myrareal stays råstoffutvinning, naming LNFR as the alternative', () => {
		expect(mappingOf('330')?.to).toBe('1200');
		expect(mappingOf('330')?.judgement).toMatch(/5100/);
	});

	it('460 Båndlegging for forsvaret becomes the Forsvaret formål without a judgement', () => {
		expect(mappingOf('460')).toMatchObject({ to: '4001', judgement: null, zone: null });
	});

	it('direct correspondences carry no judgement', () => {
		expect(['110', '131', '221', '610', '650'].map((c) => mappingOf(c)?.judgement)).toEqual([
			null,
			null,
			null,
			null,
			null
		]);
	});
});
