import { describe, expect, it } from 'vitest';
import { createRandom } from '../../buildings/sample/prng';
import { findArealbruk1985, findArealbrukMapping } from '../../codelists/find-code';
import { mainPurposeOf } from '../../codelists/main-purpose';
import { toArealbruk1985 } from './to-arealbruk-1985';

// Every code chooseLanduse can produce (choose-landuse.ts tables).
const GENERATED = [
	'1110',
	'1120',
	'1130',
	'1150',
	'1160',
	'1200',
	'1300',
	'1400',
	'1500',
	'1700',
	'2010',
	'2080',
	'3020',
	'3030',
	'3040',
	'3050',
	'5100',
	'5200',
	'5210',
	'5220',
	'5230',
	'6001',
	'6100',
	'6230',
	'6600',
	'6700'
];

describe('toArealbruk1985', () => {
	it.each(GENERATED)('translates %s to an OPLAREAL code in the 1985 list', (code) => {
		expect(findArealbruk1985(toArealbruk1985(code, createRandom(code)))).toBeDefined();
	});

	it.each(GENERATED.filter((c) => !['3020', '3030'].includes(c)))(
		'translates %s to a code the harmonisation brings back to the same main purpose',
		(code) => {
			const back = findArealbrukMapping(toArealbruk1985(code, createRandom(code)))?.to ?? null;
			expect(mainPurposeOf(back)).toBe(mainPurposeOf(code));
		}
	);

	it('refuses a code it has no translation for', () => {
		expect(() => toArealbruk1985('1999', createRandom('x'))).toThrow(RangeError);
	});
});
