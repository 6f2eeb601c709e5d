import type { PlanCodeList } from '../plans/types';
import { findArealbrukMapping, findArealformal, findHensynssone } from './find-code';

/*
 * Harmonisation of a plan object's code to the PBL 2008 lists, for the merged analysis layer.
 * The original code is never overwritten by this: the merge stores both (plan-standards.md
 * §3.3). Unknown codes come back unchanged with known=false, so the merge can report and keep
 * them (R12: "codes must be in the code list").
 */

export interface HarmonisedCode {
	code: string | null;
	codeList: PlanCodeList;
	/** The input code is in Planbord's table for its code list. */
	known: boolean;
	/** `code` or `codeList` differs from the input. */
	changed: boolean;
	/** Bokmål text for the planner's report where the result is a judgement; else null. */
	judgement: string | null;
}

/** Expired generalised 2008 codes → the hovedformål that replaced them (PBL 2008 § 11-7). */
const EXPIRED_TO_CURRENT: Readonly<Record<string, string>> = {
	'1000': '1001',
	'2000': '2001',
	'3000': '3001',
	'4000': '4001',
	'5000': '5100',
	'5001': '5100',
	'6000': '6001'
};

const EXPIRED_JUDGEMENT = (from: string, to: string): string =>
	`Kode ${from} er utgått og skal ikke brukes på planer etter SOSI 4.5. Ført til hovedformålet ${to}, som har samme innhold.`;

// 5000/5001 cover all of § 11-7 nr. 5, which is now split into 5100 (a) and 5200 (b).
const LNFR_JUDGEMENT = (from: string): string =>
	`Kode ${from} (LNFR) er utgått. LNFR er nå delt i 5100 (nødvendige tiltak for landbruk og reindrift) og 5200 (spredt bolig-, fritids- eller næringsbebyggelse). Ført til 5100 fordi spredt bebyggelse må være angitt i planen (§ 11-11 nr. 2); tillater planen spredt bebyggelse, skal 5200 brukes.`;

const ZONE_JUDGEMENT = (code: string): string =>
	`Hensynssonekode ${code} er en utgått generalisert kode. Den er beholdt; velg en konkret kode i samme sonetype.`;

/**
 * PBL 1985 landuse → 2008 arealformål; 2008 codes pass through (expired x000 codes → the
 * hovedformål x001 with a judgement; 5000 and 5001 → 5100); status 3 is handled by
 * harmoniseStatus; unknown codes are returned unchanged with known=false (never dropped).
 * Hensynssone codes pass through; the expired generalised 700/800/900 get a judgement.
 * Reguleringsplan codes are read, not merged: Planbord holds no RP list, so known=false.
 * @example harmoniseCode('110', 'arealbruk-1985') // { code: '1110', codeList: 'arealformal-2008', known: true, changed: true, judgement: null }
 * @example harmoniseCode('1999', 'arealformal-2008') // { code: '1999', codeList: 'arealformal-2008', known: false, changed: false, judgement: null }
 */
export function harmoniseCode(code: string | null, codeList: PlanCodeList): HarmonisedCode {
	const unchanged = (known: boolean, judgement: string | null = null): HarmonisedCode => ({
		code,
		codeList,
		known,
		changed: false,
		judgement
	});
	const result = (to: string, list: PlanCodeList, judgement: string | null): HarmonisedCode => ({
		code: to,
		codeList: list,
		known: true,
		changed: to !== code || list !== codeList,
		judgement
	});

	switch (codeList) {
		case 'arealbruk-1985': {
			const mapping = findArealbrukMapping(code);
			return mapping ? result(mapping.to, 'arealformal-2008', mapping.judgement) : unchanged(false);
		}
		case 'arealformal-2008': {
			const entry = findArealformal(code);
			if (!entry) return unchanged(false);
			const replacement = EXPIRED_TO_CURRENT[entry.code];
			if (!replacement) return result(entry.code, codeList, null);
			const judgement =
				replacement === '5100'
					? LNFR_JUDGEMENT(entry.code)
					: EXPIRED_JUDGEMENT(entry.code, replacement);
			return result(replacement, codeList, judgement);
		}
		case 'hensynssone': {
			const zone = findHensynssone(code);
			if (!zone) return unchanged(false);
			return result(zone.code, codeList, zone.expired ? ZONE_JUDGEMENT(zone.code) : null);
		}
		case 'reguleringsformal-2008':
			return unchanged(false);
		case 'none':
			return unchanged(code === null);
	}
}

/**
 * Arealbruksstatus for a merged PBL 2008 plan. 1 and 2 pass through; 3 "videreutvikling av
 * nåværende" may not be used after PBL 2008 (R16), so it becomes 1 with a judgement: the use it
 * develops is the existing one, and only the planner can tell whether new building makes it 2.
 * Other values are kept with a judgement; null stays null.
 * @example harmoniseStatus(3, 'pbl1985') // { status: 1, judgement: 'Arealbruksstatus 3 …' }
 * @example harmoniseStatus(2, 'pbl2008') // { status: 2, judgement: null }
 */
export function harmoniseStatus(
	status: number | null,
	law: 'pbl2008' | 'pbl1985' | null
): { status: number | null; judgement: string | null } {
	if (status === null || status === 1 || status === 2) return { status, judgement: null };
	if (status === 3) {
		const origin =
			law === 'pbl2008'
				? 'Arealbruksstatus 3 (videreutvikling av nåværende) skal ikke brukes på planer etter pbl 2008, men står i kildeplanen.'
				: 'Arealbruksstatus 3 (videreutvikling av nåværende) finnes ikke etter pbl 2008.';
		return {
			status: 1,
			judgement: `${origin} Satt til 1 (nåværende) fordi det er dagens bruk som videreutvikles. Åpner planen for ny utbygging i området, bør 2 (framtidig) brukes.`
		};
	}
	return {
		status,
		judgement: `Ukjent arealbruksstatus ${status} er beholdt uendret; gyldige verdier er 1 (nåværende) og 2 (framtidig).`
	};
}
