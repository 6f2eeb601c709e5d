import type { PlanCodeList } from '../plans/types';
import { findArealbruk1985, findArealformal, findHensynssone } from './find-code';

/*
 * The bokmål label of a code for reports, legends and details panels: "<code> <name>".
 * Names come from the tables in this folder (DiBK SLD names; see README.md).
 */

function nameOf(code: string | null, codeList: PlanCodeList): string | undefined {
	switch (codeList) {
		case 'arealformal-2008':
			return findArealformal(code)?.name;
		case 'arealbruk-1985':
			return findArealbruk1985(code)?.name;
		case 'hensynssone':
			return findHensynssone(code)?.name;
		case 'reguleringsformal-2008':
		case 'none':
			return undefined;
	}
}

/**
 * Whether Planbord's table for `codeList` has `code`. A missing code is known only for 'none'
 * (a planområde has no code); reguleringsplan codes are never known (no RP list is held).
 * @example isKnownCode('1110', 'arealformal-2008') // true
 * @example isKnownCode('1999', 'arealformal-2008') // false
 */
export function isKnownCode(code: string | null, codeList: PlanCodeList): boolean {
	if (codeList === 'none') return code === null;
	return nameOf(code, codeList) !== undefined;
}

/**
 * The bokmål label of a code: "<code> <name>" when known; "Ukjent kode <code>" when not, so
 * an unknown code is shown, never hidden; "Uten kode" when there is none.
 * @example describeCode('1110', 'arealformal-2008') // { name: '1110 Boligbebyggelse', known: true }
 * @example describeCode('1999', 'arealformal-2008') // { name: 'Ukjent kode 1999', known: false }
 */
export function describeCode(
	code: string | null,
	codeList: PlanCodeList
): { name: string; known: boolean } {
	const known = isKnownCode(code, codeList);
	if (code === null) return { name: 'Uten kode', known };
	const name = nameOf(code, codeList);
	if (name !== undefined) return { name: `${code.trim()} ${name}`, known };
	if (codeList === 'reguleringsformal-2008') {
		return { name: `Reguleringsformål ${code} (ikke i Planbords kodelister)`, known };
	}
	return { name: `Ukjent kode ${code}`, known };
}
