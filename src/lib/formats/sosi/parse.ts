import type { PlanFeature, PlanReadResult } from '../../plans/types';
import { buildRings } from './build-rings';
import { decoderForCharset } from './decode-charset';
import { parseRefs, type CurveRef, type FlateRefs } from './parse-refs';
import { planHeader } from './plan-header';
import { CURVE_TYPES, readCurve } from './read-curve';
import { readGroups, type SosiGroup } from './read-groups';
import { readHeader, type SosiHeader } from './read-header';
import { readLines } from './read-lines';
import { sniffCharset } from './sniff-charset';
import { SosiNotes } from './sosi-notes';
import { toPlanFeature } from './to-plan-feature';
import { ParseError, ReasonEmptyFile, ReasonMalformedSosi } from '../../errors';

interface ParseOptions {
	/** Named in every error and note, so the user knows which file to fix. */
	fileName?: string;
}

/** Groups that define the file rather than hold objects (SOSI Del 1); skipped silently. */
const DEFINITIONS = new Set(['DEF', 'OBJDEF']);

/**
 * Reads a SOSI plan file (kommuneplanens arealdel PBL 2008 or 1985, reguleringsplan) into
 * plan features: every `.FLATE` becomes a Polygon in the file's CRS, [E, N] metres. The
 * file is read line by line; only the curve table and the current object are held.
 * Errors are ParseError/CrsError with file, line and FLATE serial; after an error
 * nothing is returned. See README.md for the grammar and plan-standards §4.
 * @example parseSosi(bytes, { fileName: 'kpa.sos' }).features.length
 */
export function parseSosi(bytes: Uint8Array, { fileName }: ParseOptions = {}): PlanReadResult {
	if (bytes.length === 0)
		throw new ParseError(ReasonEmptyFile, 'the file is empty', { file: fileName });
	const notes = new SosiNotes();
	const sniffed = sniffCharset(bytes);
	const charset = sniffed.value ?? (sniffed.bom ? 'UTF-8' : 'ISO8859-1');
	if (!sniffed.value) notes.assumedCharset(charset);
	const decoder = decoderForCharset(charset, { file: fileName, line: sniffed.line ?? undefined });

	let header: SosiHeader | null = null;
	const curves = new Map<number, Float64Array>();
	const curveTypes = new Map<number, string>();
	const referenced = new Set<number>();
	const flateRefs = new Map<number, CurveRef[]>();
	const features: (PlanFeature | null)[] = [];
	const pending: { group: SosiGroup; refs: FlateRefs; slot: number }[] = [];

	const build = (group: SosiGroup, refs: FlateRefs, head: SosiHeader): PlanFeature => {
		const where = {
			file: fileName,
			line: group.ref?.line ?? group.line,
			feature: group.serial ?? undefined
		};
		const expanded = expandFlateRefs(refs, curves, flateRefs);
		for (const ref of [...expanded.outer, ...expanded.holes.flat()]) referenced.add(ref.serial);
		// Tolerance one ENHET (plus float noise): joins and closure are exact in the file's units.
		const built = buildRings(expanded, (s) => curves.get(s), head.unit * (1 + 1e-9), where);
		if (built.reordered) notes.reordered(group.serial);
		const { feature, paddedMunicipality } = toPlanFeature(group, built.rings);
		if (paddedMunicipality) notes.paddedMunicipality();
		return feature;
	};

	for (const group of readGroups(readLines(bytes, decoder), fileName)) {
		const where = { file: fileName, line: group.line, feature: group.serial ?? undefined };
		if (group.type === 'HODE') {
			if (header) throw new ParseError(ReasonMalformedSosi, 'a second .HODE', where);
			header = readHeader(group, fileName);
			if (header.koordsys === 84) notes.geographic();
			continue;
		}
		const head = header as SosiHeader;
		const objectType = String(
			group.attributes.find((a) => a.path === 'OBJTYPE')?.tokens[0]?.text ?? ''
		);
		if (CURVE_TYPES.has(group.type)) {
			if (group.serial === null)
				throw new ParseError(ReasonMalformedSosi, `.${group.type} without serial number`, where);
			const curve = readCurve(group, head.toMetres, where);
			curves.set(group.serial, curve.points);
			curveTypes.set(group.serial, `.${group.type} ${objectType}`.trim());
			notes.arc(curve.arc, group.serial);
		} else if (group.type === 'FLATE') {
			if (!group.ref || group.serial === null) {
				throw new ParseError(
					ReasonMalformedSosi,
					'a .FLATE needs a serial number and a ..REF',
					where
				);
			}
			const refs = parseRefs(group.ref.text, { ...where, line: group.ref.line });
			flateRefs.set(group.serial, refs.outer);
			const ready = [...refs.outer, ...refs.holes.flat()].every((ref) => curves.has(ref.serial));
			// A FLATE may come before its curves; it then waits, holding only its attributes.
			if (ready) features.push(build(group, refs, head));
			else pending.push({ group, refs, slot: features.push(null) - 1 });
		} else if (!DEFINITIONS.has(group.type)) {
			notes.skipped(`.${group.type} ${objectType}`.trim());
		}
	}
	if (!header) throw new ParseError(ReasonMalformedSosi, 'no .HODE', { file: fileName });
	for (const { group, refs, slot } of pending) features[slot] = build(group, refs, header);
	for (const [serial, type] of curveTypes) if (!referenced.has(serial)) notes.skipped(type);

	const done = features as PlanFeature[];
	return {
		header: planHeader(done, header.version),
		features: done,
		srid: header.srid,
		notes: notes.list()
	};
}

/** `(:500)` may name a whole FLATE (sosi.js flate_oy.sos): use that FLATE's outer refs. */
function expandFlateRefs(
	refs: FlateRefs,
	curves: ReadonlyMap<number, unknown>,
	flates: ReadonlyMap<number, CurveRef[]>
): FlateRefs {
	const expand = (list: CurveRef[]): CurveRef[] =>
		list.flatMap((ref) => {
			const outer = curves.has(ref.serial) ? undefined : flates.get(ref.serial);
			if (!outer) return [ref];
			return ref.reversed
				? [...outer].reverse().map((r) => ({ ...r, reversed: !r.reversed }))
				: outer;
		});
	return { outer: expand(refs.outer), holes: refs.holes.map(expand) };
}
