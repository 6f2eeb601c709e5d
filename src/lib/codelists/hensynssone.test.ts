import { describe, expect, it } from 'vitest';
import { HENSYNSSONE_CODES, ZONE_TYPES, type ZoneKind } from './hensynssone';

/** The hundreds digit of each zone type's codes (plan-standards.md §0.2). */
const HUNDREDS: Record<ZoneKind, string> = {
	sikring: '1',
	støy: '2',
	fare: '3',
	infrastruktur: '4',
	'angitt-hensyn': '5',
	båndlegging: '7',
	gjennomføring: '8',
	detaljering: '9'
};

describe('HENSYNSSONE_CODES', () => {
	it('has unique 3-digit codes across all zone types', () => {
		const codes = HENSYNSSONE_CODES.map((z) => z.code);
		expect(new Set(codes).size).toBe(codes.length);
		expect(codes.every((c) => /^\d{3}$/.test(c))).toBe(true);
	});

	it('keeps every code in its zone type’s hundred', () => {
		const bad = HENSYNSSONE_CODES.filter((z) => z.code[0] !== HUNDREDS[z.kind]);
		expect(bad).toEqual([]);
	});

	it('marks the generalised 700, 800 and 900 as expired', () => {
		expect(HENSYNSSONE_CODES.filter((z) => z.expired).map((z) => z.code)).toEqual([
			'700',
			'800',
			'900'
		]);
	});

	it('pins 390 Annen fare (Bergen data) and 910 (Viken domain) as verified', () => {
		const verified = HENSYNSSONE_CODES.filter((z) => z.certainty === 'verified');
		expect(verified.map((z) => `${z.code} ${z.name}`)).toEqual([
			'390 Annen fare',
			'900 Reguleringsplan skal fortsatt gjelde - generalisert (utgått)',
			'910 Reguleringsplan skal fortsatt gjelde'
		]);
	});
});

describe('ZONE_TYPES', () => {
	it('has one object type per kind, with its SOSI and GML names', () => {
		expect(ZONE_TYPES.map((t) => t.kind).sort()).toEqual(Object.keys(HUNDREDS).sort());
		expect(ZONE_TYPES.find((t) => t.kind === 'fare')).toEqual({
			kind: 'fare',
			letter: 'a',
			objectType: 'KpFareSone',
			sosiAttribute: 'KPFARE',
			gmlProperty: 'fare'
		});
	});
});
