import { AREALFORMAL_2008 } from './arealformal-2008';
import { findArealbruk1985, findArealformal } from './find-code';

/*
 * Fill colours for the land-use map and its legend, from the DiBK styles (README.md). Hatched
 * codes (`hatch` on the 2008 entry, `pattern` on the 1985 entry) return the colour their pattern
 * is drawn in, so a plain-fill map still tells them apart; a pattern layer can draw on top.
 */

/**
 * The colour for codes in no table: a neutral light grey that no 2008 or 1985 code uses, so an
 * unknown code is visible on the map without passing for a real land use.
 */
export const UNKNOWN_LANDUSE_COLOUR = '#e0e0e0';

/**
 * The fill of a land-use code: PBL 2008 arealformål (4 digits) or PBL 1985 arealbruk (3 digits,
 * their own DiBK colours). Status 2 gives the framtidig colour; 1, 3 (videreutvikling av
 * nåværende) and null give the nåværende colour. Unknown codes give UNKNOWN_LANDUSE_COLOUR.
 * @example landuseColour('1110', 2) // '#ffff33'
 * @example landuseColour('1999', 1) // '#e0e0e0'
 */
export function landuseColour(code: string | null, status: number | null): string {
	const entry = findArealformal(code) ?? findArealbruk1985(code);
	if (!entry) return UNKNOWN_LANDUSE_COLOUR;
	return status === 2 ? entry.future : entry.current;
}

const PALETTE = Object.freeze(
	AREALFORMAL_2008.map(({ code, name, current, future }) =>
		Object.freeze({ code, name, current, future })
	)
);

/**
 * A MapLibre-style 'match' expression input: [[code, colourNåværende, colourFramtidig], …] for
 * all 2008 codes, expired ones included (they still occur in source data) — the map and the
 * legend build from it (one source of truth). Legends can hide expired codes via
 * AREALFORMAL_2008.
 * @example arealformalPalette().find((p) => p.code === '1110') // { code: '1110', name: 'Boligbebyggelse', current: '#ffff99', future: '#ffff33' }
 */
export function arealformalPalette(): ReadonlyArray<{
	code: string;
	name: string;
	current: string;
	future: string;
}> {
	return PALETTE;
}
