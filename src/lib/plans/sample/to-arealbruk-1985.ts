import type { Random } from '../../buildings/sample/prng';

/*
 * How a PBL 1985 plan (§ 20-4 første ledd, OPLAREAL) would have coded the same land: the
 * generator chooses a 2008 code first and translates it here, so all three plans share one
 * notion of what is where. The pairs are the reverse of the harmonisation in
 * plan-standards.md §3.1 (NINA's lookup), picking the 1985 code a planner would have used.
 */
const TO_1985: Readonly<Record<string, readonly string[]>> = {
	1110: ['110'],
	1120: ['140'],
	1130: ['120'],
	1150: ['131'],
	1160: ['150'],
	1200: ['320'],
	1300: ['130', '133'],
	1400: ['171'],
	1500: ['190'],
	1700: ['161'],
	2010: ['610'],
	2080: ['620'],
	3020: ['170'],
	3030: ['172'],
	3040: ['170'],
	3050: ['172'],
	5100: ['210', '210', '200'],
	5200: ['220'],
	5210: ['221'],
	5220: ['223'],
	5230: ['222'],
	6001: ['530'],
	6100: ['531'],
	6230: ['521'],
	6600: ['542'],
	6700: ['520']
};

/**
 * The OPLAREAL code for a 2008 arealformål (a few have two plausible 1985 codes).
 * @example toArealbruk1985('1110', random) // '110'
 */
export function toArealbruk1985(code: string, random: Random): string {
	const options = TO_1985[code];
	if (!options) throw new RangeError(`no PBL 1985 code for ${code}`);
	return random.pick(options);
}
