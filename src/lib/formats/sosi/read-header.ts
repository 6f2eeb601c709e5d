import { CrsError, ParseError, ReasonMalformedSosi, type ErrorLocation } from '../../errors';
import { sridOfKoordsys } from './koordsys';
import type { ToMetres } from './read-curve';
import type { SosiAttribute, SosiGroup } from './read-groups';

/** What `.HODE` says about how to read the rest of the file (plan-standards §4.1). */
export interface SosiHeader {
	koordsys: number;
	srid: number;
	/** `...ENHET`: metres per stored integer. */
	unit: number;
	origin: { north: number; east: number };
	/** `..SOSI-VERSJON`, e.g. "4.5". */
	version: string | null;
	/** `..OBJEKTKATALOG`, e.g. "Regplan 20120416 4.5 * Arealplan Reguleringsplan". */
	catalogue: string | null;
	toMetres: ToMetres;
}

/**
 * Reads `.HODE`. `..TRANSPAR` with `...KOORDSYS`, `...ORIGO-NØ` (north first) and
 * `...ENHET` is mandatory: SOSI Del 1 requires all three and FYBA refuses files lacking
 * any of them ("...ENHET mangler i filhodet", tested here), so no default is guessed —
 * a wrong ENHET would scale every coordinate silently.
 * @example readHeader(hode, 'plan.sos').srid // 25832
 */
export function readHeader(group: SosiGroup, file?: string): SosiHeader {
	const where: ErrorLocation = { file, line: group.line };
	const find = (path: string) => group.attributes.find((a) => a.path === path);
	if (!find('TRANSPAR')) {
		throw new ParseError(ReasonMalformedSosi, '.HODE has no ..TRANSPAR', where);
	}
	const koordsys = numbers(find('TRANSPAR.KOORDSYS'), 1, '...KOORDSYS', where)[0] as number;
	const [north, east] = numbers(find('TRANSPAR.ORIGO-NØ'), 2, '...ORIGO-NØ', where) as [
		number,
		number
	];
	const unit = numbers(find('TRANSPAR.ENHET'), 1, '...ENHET', where)[0] as number;
	if (!(unit > 0))
		throw new ParseError(ReasonMalformedSosi, `...ENHET ${unit} is not positive`, where);
	let srid: number;
	try {
		srid = sridOfKoordsys(koordsys);
	} catch (error) {
		if (!(error instanceof CrsError)) throw error;
		throw new CrsError(error.reason, error.detail, { file, line: find('TRANSPAR.KOORDSYS')?.line });
	}
	return {
		koordsys,
		srid,
		unit,
		origin: { north, east },
		version: text(find('SOSI-VERSJON')),
		catalogue: text(find('OBJEKTKATALOG')),
		toMetres: scaler(unit, north, east)
	};
}

/**
 * Divides by 1/ENHET when that is a whole number: 663340000 / 100 is exactly 6633400,
 * whereas 663340000 × 0.01 is not (0.01 has no exact binary form).
 */
function scaler(unit: number, north: number, east: number): ToMetres {
	const perMetre = Math.round(1 / unit);
	if (Math.abs(perMetre - 1 / unit) < 1e-9 * perMetre) {
		return (n, e) => [east + e / perMetre, north + n / perMetre];
	}
	return (n, e) => [east + e * unit, north + n * unit];
}

function numbers(
	attribute: SosiAttribute | undefined,
	count: number,
	name: string,
	where: ErrorLocation
): number[] {
	if (!attribute) throw new ParseError(ReasonMalformedSosi, `..TRANSPAR has no ${name}`, where);
	const values = attribute.tokens.slice(0, count).map((token) => Number(token.text));
	if (values.length < count || values.some((v) => !Number.isFinite(v))) {
		const written = attribute.tokens.map((t) => t.text).join(' ');
		throw new ParseError(ReasonMalformedSosi, `${name} "${written}" is not ${count} number(s)`, {
			...where,
			line: attribute.line
		});
	}
	return values;
}

/** Verbatim, so that "4.0" stays "4.0". */
function text(attribute: SosiAttribute | undefined): string | null {
	return attribute?.tokens.length ? attribute.tokens.map((token) => token.text).join(' ') : null;
}
