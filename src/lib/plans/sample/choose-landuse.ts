import type { Random } from '../../buildings/sample/prng';
import type { CentreKind } from './profiles';

/** Where a cell lies, as far as choosing its land use goes. */
export interface CellSetting {
	/** Distance to the nearest centre divided by that centre's radius. */
	reach: number;
	kind: CentreKind;
	/** The cell's seed is outside the land outline (sea or a lake in the 2019 polygon). */
	water: boolean;
}

export type Band = 'core' | 'belt' | 'fringe' | 'rural' | 'shore' | 'open-water';

type Table = Readonly<Record<string, number>>;

/*
 * PBL 2008 § 11-7 codes with relative weights per band (plan-standards.md §1.2). Centres get
 * sentrum and public services; the belt around them housing, schools, parks and business;
 * then a fringe where LNFR with spread housing meets the built-up area; the rest is mostly
 * LNFR 5100 with natural areas, cabins and the odd quarry. Water near a centre gets a
 * småbåthavn now and then.
 */
const CORE: Readonly<Record<CentreKind, Table>> = {
	sentrum: { 1130: 5, 1160: 2, 1110: 2, 1150: 1, 2080: 0.5, 3050: 0.5 },
	tettsted: { 1130: 2, 1110: 4, 1160: 2, 1150: 0.5, 3050: 0.5 },
	industri: { 1300: 5, 1130: 1, 1110: 1.5, 1500: 0.5 }
};
const BELT: Table = {
	1110: 8,
	1160: 1.2,
	1300: 1,
	1400: 0.8,
	3040: 1.2,
	3050: 0.3,
	2010: 0.3,
	1700: 0.2,
	1150: 0.3
};
const FRINGE: Table = {
	1110: 3,
	5100: 3,
	5210: 1.5,
	3020: 1.2,
	3030: 0.5,
	1300: 0.4,
	1120: 0.5,
	1400: 0.3,
	5200: 0.5
};
const RURAL: Table = {
	5100: 12,
	5210: 0.7,
	5220: 0.8,
	3020: 0.8,
	1120: 0.8,
	1200: 0.12,
	5230: 0.15,
	3030: 0.3
};
const SHORE: Table = { 6230: 2, 6001: 3, 6700: 2, 6100: 1 };
const OPEN_WATER: Table = { 6001: 3, 6700: 3, 6600: 1, 6100: 1 };

const TABLES: Readonly<Record<Exclude<Band, 'core'>, Table>> = {
	belt: BELT,
	fringe: FRINGE,
	rural: RURAL,
	shore: SHORE,
	'open-water': OPEN_WATER
};

/** Chance that a built-up, spread-housing or cabin code is framtidig (status 2), by band. */
const FUTURE: Readonly<Record<Band, number>> = {
	core: 0.1,
	belt: 0.2,
	fringe: 0.25,
	rural: 0.15,
	shore: 0.1,
	'open-water': 0
};

/**
 * The band a cell is in.
 * @example bandOf({ reach: 0.3, kind: 'sentrum', water: false }) // 'core'
 */
export function bandOf(setting: CellSetting): Band {
	if (setting.water) return setting.reach < 2 ? 'shore' : 'open-water';
	if (setting.reach < 0.55) return 'core';
	if (setting.reach < 1.6) return 'belt';
	if (setting.reach < 2.8) return 'fringe';
	return 'rural';
}

/**
 * A plausible PBL 2008 arealformål and arealbruksstatus for a cell.
 * @example chooseLanduse({ reach: 6, kind: 'tettsted', water: false }, random) // { code: '5100', status: 1 } mostly
 */
export function chooseLanduse(
	setting: CellSetting,
	random: Random
): { code: string; status: 1 | 2 } {
	const band = bandOf(setting);
	const table = band === 'core' ? CORE[setting.kind] : TABLES[band];
	const codes = Object.keys(table);
	const code = codes[random.weighted(codes.map((c) => table[c] ?? 0))] as string;
	const canBeFuture = /^1|^52|^2/.test(code);
	const status = canBeFuture && random.chance(FUTURE[band]) ? 2 : 1;
	return { code, status };
}
