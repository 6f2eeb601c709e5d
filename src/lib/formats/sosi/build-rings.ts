import type { Position } from 'geojson';
import {
	ParseError,
	ReasonMissingCurve,
	ReasonUnclosedRing,
	ReasonMalformedSosi,
	type ErrorLocation
} from '../../errors';
import type { CurveRef, FlateRefs } from './parse-refs';
import { signedRingArea } from './ring-area';

/** Curve serial → flat [E, N, E, N, …] vertices in metres, as the parser stores them. */
export type CurveLookup = (serial: number) => Float64Array | undefined;

export interface BuiltRings {
	/** Outer ring first (counter-clockwise), then the holes (clockwise), RFC 7946. */
	rings: Position[][];
	/** True when some ring's curves had to be re-chained because they were out of order. */
	reordered: boolean;
}

/**
 * Builds the rings of a `.FLATE` from its `..REF` (plan-standards §4.1, R7/R8): curves
 * are joined in order without the vertex they share; if they do not meet, they are
 * chained by matching end points; the ring must then close within `tolerance` (one
 * ENHET). A ref to an unknown curve is ParseError('missing-curve'), a ring that cannot
 * be closed ParseError('unclosed-ring'), both at `where` (the FLATE and its line).
 * @example buildRings(parseRefs(':1 :-2'), lookup, 0.01, { feature: 10, line: 80 }).rings
 */
export function buildRings(
	refs: FlateRefs,
	lookup: CurveLookup,
	tolerance: number,
	where: ErrorLocation
): BuiltRings {
	let reordered = false;
	const ring = (curveRefs: CurveRef[], outer: boolean): Position[] => {
		const pieces = curveRefs.map((ref) => piece(ref, lookup, where));
		let joined = joinInOrder(pieces, tolerance);
		if (!joined || !near(joined[0], joined[joined.length - 1], tolerance)) {
			joined = chain(pieces, tolerance, curveRefs, where);
			reordered = true;
		}
		return closeAndOrient(joined, tolerance, outer, curveRefs, where);
	};
	return {
		rings: [ring(refs.outer, true), ...refs.holes.map((hole) => ring(hole, false))],
		reordered
	};
}

function piece(ref: CurveRef, lookup: CurveLookup, where: ErrorLocation): Position[] {
	const flat = lookup(ref.serial);
	if (!flat) {
		throw new ParseError(
			ReasonMissingCurve,
			`..REF :${ref.reversed ? '-' : ''}${ref.serial} of FLATE ${where.feature} names no curve`,
			where
		);
	}
	const points: Position[] = [];
	for (let i = 0; i + 1 < flat.length; i += 2)
		points.push([flat[i] as number, flat[i + 1] as number]);
	return ref.reversed ? points.reverse() : points;
}

function joinInOrder(pieces: Position[][], tolerance: number): Position[] | null {
	const ring = [...(pieces[0] ?? [])];
	for (const next of pieces.slice(1)) {
		if (!near(ring[ring.length - 1], next[0], tolerance)) return null;
		ring.push(...next.slice(1));
	}
	return ring;
}

/**
 * Chaining compares every loose curve with both ring ends, so it takes time quadratic in
 * the number of curves (5 000 shuffled curves ~1 s; 50 000 refs took 11 s). Plan rings have
 * tens of curves; a ring that needs re-chaining and has more than this is refused.
 */
export const MAX_CHAINED_CURVES = 5_000;

/** Grows the ring from either end with whichever remaining curve meets it, either way round. */
function chain(
	pieces: Position[][],
	tolerance: number,
	refs: CurveRef[],
	where: ErrorLocation
): Position[] {
	if (pieces.length > MAX_CHAINED_CURVES) {
		throw new ParseError(
			ReasonUnclosedRing,
			`FLATE ${where.feature}: ${pieces.length} curves do not join in the order given; over ${MAX_CHAINED_CURVES} are not re-ordered`,
			where
		);
	}
	const ring = [...(pieces[0] ?? [])];
	const rest = pieces.slice(1).map((points, i) => ({ points, ref: refs[i + 1] as CurveRef }));
	while (rest.length > 0) {
		const end = ring[ring.length - 1];
		const start = ring[0];
		const index = rest.findIndex(({ points }) =>
			[points[0], points[points.length - 1]].some(
				(p) => near(p, end, tolerance) || near(p, start, tolerance)
			)
		);
		if (index < 0) {
			const loose = rest.map(({ ref }) => `:${ref.reversed ? '-' : ''}${ref.serial}`).join(' ');
			throw new ParseError(
				ReasonUnclosedRing,
				`FLATE ${where.feature}: curves ${loose} do not connect`,
				where
			);
		}
		const points = (rest.splice(index, 1)[0] as { points: Position[] }).points;
		if (near(points[0], end, tolerance)) ring.push(...points.slice(1));
		else if (near(points[points.length - 1], end, tolerance))
			ring.push(...points.reverse().slice(1));
		else if (near(points[points.length - 1], start, tolerance))
			ring.unshift(...points.slice(0, -1));
		else ring.unshift(...points.reverse().slice(0, -1));
	}
	return ring;
}

function closeAndOrient(
	joined: Position[],
	tolerance: number,
	outer: boolean,
	refs: CurveRef[],
	where: ErrorLocation
): Position[] {
	const ring = joined.filter((p, i) => i === 0 || !same(p, joined[i - 1] as Position));
	const first = ring[0] as Position;
	if (!near(first, ring[ring.length - 1], tolerance)) {
		const list = refs.map((ref) => `:${ref.reversed ? '-' : ''}${ref.serial}`).join(' ');
		throw new ParseError(
			ReasonUnclosedRing,
			`FLATE ${where.feature}: ring ${list} is not closed`,
			where
		);
	}
	ring[ring.length - 1] = [first[0] as number, first[1] as number];
	if (ring.length < 4) {
		throw new ParseError(
			ReasonMalformedSosi,
			`FLATE ${where.feature}: ring has under 3 points`,
			where
		);
	}
	const counterClockwise = signedRingArea(ring) > 0;
	return counterClockwise === outer ? ring : ring.reverse();
}

function near(a: Position | undefined, b: Position | undefined, tolerance: number): boolean {
	if (!a || !b) return false;
	return (
		Math.abs((a[0] as number) - (b[0] as number)) <= tolerance &&
		Math.abs((a[1] as number) - (b[1] as number)) <= tolerance
	);
}

function same(a: Position, b: Position): boolean {
	return a[0] === b[0] && a[1] === b[1];
}
