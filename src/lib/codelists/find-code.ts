import { AREALBRUK_1985, type Arealbruk1985 } from './arealbruk-1985';
import { AREALBRUK_1985_TO_2008, type ArealbrukMapping } from './arealbruk-1985-to-2008';
import { AREALFORMAL_2008, type Arealformal2008 } from './arealformal-2008';
import { HENSYNSSONE_CODES, type HensynssoneCode } from './hensynssone';

/*
 * Code → entry lookups over the tables. Codes are matched after trimming, because SOSI values
 * can carry padding; they are otherwise compared exactly as strings (no leading-zero games).
 */

const index = <T extends { code: string }>(rows: readonly T[]): ReadonlyMap<string, T> =>
	new Map(rows.map((row) => [row.code, row]));

const AREALFORMAL = index(AREALFORMAL_2008);
const AREALBRUK = index(AREALBRUK_1985);
const HENSYNSSONE = index(HENSYNSSONE_CODES);
const MAPPING: ReadonlyMap<string, ArealbrukMapping> = new Map(
	AREALBRUK_1985_TO_2008.map((row) => [row.from, row])
);

const key = (code: string | null): string => (code ?? '').trim();

/** @example findArealformal('1110')?.name // 'Boligbebyggelse' */
export function findArealformal(code: string | null): Arealformal2008 | undefined {
	return AREALFORMAL.get(key(code));
}

/** @example findArealbruk1985('110')?.name // 'Boligområde (frittliggende, konsentrert, blokker)' */
export function findArealbruk1985(code: string | null): Arealbruk1985 | undefined {
	return AREALBRUK.get(key(code));
}

/** @example findHensynssone('310')?.kind // 'fare' */
export function findHensynssone(code: string | null): HensynssoneCode | undefined {
	return HENSYNSSONE.get(key(code));
}

/** @example findArealbrukMapping('110')?.to // '1110' */
export function findArealbrukMapping(code: string | null): ArealbrukMapping | undefined {
	return MAPPING.get(key(code));
}
