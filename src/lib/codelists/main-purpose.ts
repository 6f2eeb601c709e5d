import { findArealformal } from './find-code';
import type { MainPurposeId } from './types';

/*
 * The six hovedformål of PBL 2008 § 11-7, for an area account (arealregnskap) grouped by
 * hovedformål. Source: plan-standards.md §1.1 (law text from the lovkommentar § 11-7, ✔).
 */

export interface MainPurpose {
	readonly id: MainPurposeId;
	/** Bokmål name from the law. */
	readonly name: string;
	/** The codes used for the hovedformål itself; LNFR has two (§ 11-7 nr. 5 a and b). */
	readonly codes: readonly string[];
}

const purpose = (id: MainPurposeId, name: string, codes: string[]): MainPurpose =>
	Object.freeze({ id, name, codes: Object.freeze(codes) });

export const MAIN_PURPOSES: readonly MainPurpose[] = Object.freeze([
	purpose(1, 'Bebyggelse og anlegg', ['1001']),
	purpose(2, 'Samferdselsanlegg og teknisk infrastruktur', ['2001']),
	purpose(3, 'Grønnstruktur', ['3001']),
	purpose(4, 'Forsvaret', ['4001']),
	purpose(5, 'Landbruks-, natur- og friluftsformål samt reindrift', ['5100', '5200']),
	purpose(6, 'Bruk og vern av sjø og vassdrag med tilhørende strandsone', ['6001'])
]);

/**
 * The hovedformål (1–6) of a PBL 2008 arealformål code, expired codes included; null for codes
 * not in the 2008 table. PBL 1985 codes give null on purpose: harmonise them first
 * (harmoniseCode), so the account counts them where the harmonisation puts them (170 Friområde
 * is a byggeområde in 1985 but grønnstruktur in 2008).
 * @example mainPurposeOf('1110') // 1
 * @example mainPurposeOf('5210') // 5
 * @example mainPurposeOf('110') // null
 */
export function mainPurposeOf(code: string | null): MainPurposeId | null {
	return findArealformal(code)?.mainPurpose ?? null;
}
