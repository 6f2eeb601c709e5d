import { describe, expect, it } from 'vitest';
import { nameAreas, nameZones } from './area-names';

describe('nameAreas', () => {
	it('numbers areas per prefix in the order given', () => {
		expect(nameAreas(['1110', '5100', '1110', '1130'], 'arealformal-2008')).toEqual([
			'B1',
			'LNFR1',
			'B2',
			'S1'
		]);
	});

	it('uses the older prefixes for PBL 1985 codes, sharing LNF between 200 and 210', () => {
		expect(nameAreas(['210', '200', '110'], 'arealbruk-1985')).toEqual(['LNF1', 'LNF2', 'B1']);
	});

	it('calls an area with an unknown code X', () => {
		expect(nameAreas(['1999'], 'arealformal-2008')).toEqual(['X1']);
	});
});

describe('nameZones', () => {
	it('names zones H<kode>_<løpenr>, numbered per code', () => {
		expect(nameZones(['310', '530', '310'])).toEqual(['H310_1', 'H530_1', 'H310_2']);
	});
});
