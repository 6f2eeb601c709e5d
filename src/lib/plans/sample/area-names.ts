/*
 * Områdenavn as Norwegian plan maps letter them: a short prefix for the purpose and a
 * running number per prefix (B1, B2 … for housing, LNFR1 … for LNFR). The prefixes follow
 * the common KPA practice (B bolig, S sentrum, BN næring, BOP offentlig/privat
 * tjenesteyting, GF friområde, LNFR …); the 1985 ones the older style (B, S, N, O, FRI, LNF).
 */

const PREFIX_2008: Readonly<Record<string, string>> = {
	1110: 'B',
	1120: 'BFR',
	1130: 'S',
	1150: 'BF',
	1160: 'BOP',
	1200: 'BRU',
	1300: 'BN',
	1400: 'BIA',
	1500: 'BAB',
	1700: 'BGU',
	2010: 'SV',
	2080: 'SPA',
	3020: 'GN',
	3030: 'GTD',
	3040: 'GF',
	3050: 'GP',
	5000: 'LNF',
	5100: 'LNFR',
	5200: 'LS',
	5210: 'LSB',
	5220: 'LSF',
	5230: 'LSN',
	6001: 'V',
	6100: 'VFE',
	6230: 'VS',
	6600: 'VNA',
	6700: 'VFR'
};

const PREFIX_1985: Readonly<Record<string, string>> = {
	110: 'B',
	120: 'S',
	130: 'N',
	131: 'F',
	133: 'I',
	140: 'H',
	150: 'O',
	161: 'GR',
	170: 'FRI',
	171: 'ID',
	172: 'P',
	190: 'A',
	200: 'LNF',
	210: 'LNF',
	220: 'LNF-S',
	221: 'LNF-B',
	222: 'LNF-N',
	223: 'LNF-H',
	320: 'R',
	520: 'VF',
	521: 'SH',
	530: 'V',
	531: 'VT',
	542: 'VN',
	610: 'VEG',
	620: 'PA'
};

/**
 * Names for land-use areas in the order given: prefix by code, numbered per prefix.
 * A code with no prefix (an unknown code) gets "X".
 * @example nameAreas(['1110', '5100', '1110'], 'arealformal-2008') // ['B1', 'LNFR1', 'B2']
 */
export function nameAreas(
	codes: readonly string[],
	codeList: 'arealformal-2008' | 'arealbruk-1985'
): string[] {
	const table = codeList === 'arealbruk-1985' ? PREFIX_1985 : PREFIX_2008;
	const counts = new Map<string, number>();
	return codes.map((code) => {
		const prefix = table[code] ?? 'X';
		const n = (counts.get(prefix) ?? 0) + 1;
		counts.set(prefix, n);
		return `${prefix}${n}`;
	});
}

/**
 * Hensynssone names H<kode>_<løpenr> (plan-standards.md §2), numbered per code.
 * @example nameZones(['310', '530', '310']) // ['H310_1', 'H530_1', 'H310_2']
 */
export function nameZones(codes: readonly string[]): string[] {
	const counts = new Map<string, number>();
	return codes.map((code) => {
		const n = (counts.get(code) ?? 0) + 1;
		counts.set(code, n);
		return `H${code}_${n}`;
	});
}
