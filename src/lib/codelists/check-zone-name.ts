import { findHensynssone } from './find-code';

/*
 * The hensynssone name rule H<kode>_<løpenr> (plan-standards.md §2 "Naming rule" and §5 R14):
 * the DiBK/Kartverket planforslag validator (rpf.hs.2) uses `^H(?<kode>\d{3})(_(?<lnr>\d+))?$`
 * and reports names "ikke på formen 'H<lovlig tallkode>_<løpenr>'" and names that "samsvarer
 * ikke med hensynssonekode". Bergen's KPA `H390_3` shows KPAs follow it. Uniqueness of the
 * løpenummer is a property of the whole plan, so the merge checks it, not this function.
 * Reasons are English codes; the UI maps them to bokmål (conventions.md 7).
 */

const ZONE_NAME = /^H(\d{3})(?:_(\d+))?$/;

export const ZONE_NAME_REASONS = [
	/** No name at all. */
	'zone-name-missing',
	/** Not of the form H<3 digits> or H<3 digits>_<digits>. */
	'zone-name-malformed',
	/** Well formed, but the three digits are no hensynssone code. */
	'zone-name-unknown-code',
	/** Well formed, but the digits differ from the zone's own code. */
	'zone-name-code-mismatch'
] as const;
export type ZoneNameReason = (typeof ZONE_NAME_REASONS)[number];

export interface ZoneNameProblem {
	reason: ZoneNameReason;
	name: string | null;
	/** The zone's code, as given. */
	code: string | null;
}

/**
 * Splits a hensynssone name into its code and løpenummer (null when there is none), or null
 * when the name is not of the form H<kode>_<løpenr>. The merge uses it to renumber (R14).
 * @example parseZoneName('H310_12') // { code: '310', serial: 12 }
 * @example parseZoneName('H310') // { code: '310', serial: null }
 */
export function parseZoneName(name: string): { code: string; serial: number | null } | null {
	const match = ZONE_NAME.exec(name);
	if (!match?.[1]) return null;
	return { code: match[1], serial: match[2] === undefined ? null : Number(match[2]) };
}

/**
 * Checks a hensynssone name against the H<kode>_<løpenr> rule and the zone's code. A zone
 * without a code is checked only for form (the missing code is reported as an unknown code).
 * @example checkZoneName('H310_1', '310') // null
 * @example checkZoneName('H570_1', '310') // { reason: 'zone-name-code-mismatch', name: 'H570_1', code: '310' }
 */
export function checkZoneName(name: string | null, code: string | null): ZoneNameProblem | null {
	const problem = (reason: ZoneNameReason): ZoneNameProblem => ({ reason, name, code });
	if (name === null || name.trim() === '') return problem('zone-name-missing');
	const parsed = parseZoneName(name);
	if (!parsed) return problem('zone-name-malformed');
	if (!findHensynssone(parsed.code)) return problem('zone-name-unknown-code');
	if (code !== null && parsed.code !== code.trim()) return problem('zone-name-code-mismatch');
	return null;
}
