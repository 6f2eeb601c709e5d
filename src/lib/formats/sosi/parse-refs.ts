import { ParseError, ReasonMalformedSosi, type ErrorLocation } from '../../errors';

/** A reference to a curve by serial number; `reversed` for `:-n`. */
export interface CurveRef {
	serial: number;
	reversed: boolean;
}

/** The rings of one `.FLATE`: the outer boundary and one ref list per island (hole). */
export interface FlateRefs {
	outer: CurveRef[];
	holes: CurveRef[][];
}

/**
 * Parses a `..REF` value (plan-standards §4.1): `:n` follows curve n forwards, `:-n`
 * backwards, and each `( … )` is one island. Spaces are optional: `(:-1054 :-726)`.
 * @example parseRefs(':2 :-4 (:5)') // { outer: [2, -4], holes: [[5]] } as CurveRefs
 */
export function parseRefs(text: string, where: ErrorLocation = {}): FlateRefs {
	const refs: FlateRefs = { outer: [], holes: [] };
	let hole: CurveRef[] | null = null;
	const pattern = /\s*(?:(\()|(\))|:\s*(-?\d+)|(\S))/gy;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
		const [, open, close, number, stray] = match;
		if (stray) throw bad(`unexpected "${stray}" in ..REF`, where);
		if (open) {
			if (hole) throw bad('nested "(" in ..REF', where);
			hole = [];
			refs.holes.push(hole);
		} else if (close) {
			if (!hole) throw bad('")" without "(" in ..REF', where);
			hole = null;
		} else if (number) {
			const serial = Number(number);
			(hole ?? refs.outer).push({ serial: Math.abs(serial), reversed: serial < 0 });
		}
	}
	if (hole) throw bad('"(" not closed in ..REF', where);
	if (refs.outer.length === 0) throw bad('..REF has no outer boundary', where);
	if (refs.holes.some((ring) => ring.length === 0)) throw bad('empty island "()"', where);
	return refs;
}

function bad(detail: string, where: ErrorLocation): ParseError {
	return new ParseError(ReasonMalformedSosi, detail, where);
}
