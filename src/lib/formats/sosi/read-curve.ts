import type { Position } from 'geojson';
import { ParseError, ReasonMalformedSosi, type ErrorLocation } from '../../errors';
import { attributeValue } from './attribute-value';
import { arcThroughPoints, arcWithRadius, circleRing, circumcentre } from './densify-arc';
import type { SosiGroup } from './read-groups';

/** The line-like group types a `..REF` may point at (plan-standards §4.1). */
export const CURVE_TYPES: ReadonlySet<string> = new Set([
	'KURVE',
	'BUEP',
	'BUE',
	'SIRKEL',
	'SIRKELP'
]);

/** File units (N, E as stored) → [E, N] in metres: ORIGO + value × ENHET (§4.1). */
export type ToMetres = (north: number, east: number) => Position;

export interface CurveGeometry {
	/** Flat [E, N, E, N, …] vertices in metres, in the file's direction (compact for big files). */
	points: Float64Array;
	/** How an arc group became a polyline, for the notes. */
	arc: 'densified' | 'collinear' | null;
}

/**
 * The polyline of a curve group: `.KURVE` as written, arcs densified (densify-arc.ts).
 * `.BUEP`/`.SIRKELP` use the first, middle and last point, as FYBA's LC_GetBuep does.
 * @example readCurve(group, toMetres, { line: 12 }).points
 */
export function readCurve(
	group: SosiGroup,
	toMetres: ToMetres,
	where: ErrorLocation
): CurveGeometry {
	const raw = group.coordinates;
	const count = Math.floor(raw.length / 2);
	const at = (k: number): Position => toMetres(raw[2 * k] as number, raw[2 * k + 1] as number);
	const fail = (detail: string): never => {
		throw new ParseError(ReasonMalformedSosi, `.${group.type} ${group.serial}: ${detail}`, where);
	};
	if (count === 0) return fail('no coordinates');
	const [first, middle, last] = [at(0), at(Math.floor((count - 1) / 2)), at(count - 1)];
	const densified = (points: Position[]): CurveGeometry => ({
		points: flat(points),
		arc: 'densified'
	});
	switch (group.type) {
		case 'KURVE': {
			if (count < 2) fail('a curve needs at least two points');
			const points = new Float64Array(count * 2);
			for (let k = 0; k < count; k++) points.set(at(k), 2 * k);
			return { points, arc: null };
		}
		case 'BUEP': {
			if (count < 3) fail('an arc needs three points');
			const arc = arcThroughPoints(first, middle, last);
			return arc ? densified(arc) : { points: flat([first, last]), arc: 'collinear' };
		}
		case 'BUE': {
			const large = numberOf(group, 'STORBUE') === 1;
			const arc = arcWithRadius(first, last, radiusOf(group, fail), large);
			return arc ? densified(arc) : fail('..RADIUS is shorter than half the chord');
		}
		case 'SIRKEL':
			return densified(circleRing(first, Math.abs(radiusOf(group, fail))));
		case 'SIRKELP': {
			const centre = circumcentre(first, middle, last) ?? fail('the three points are collinear');
			const radius = Math.hypot(
				(first[0] as number) - (centre[0] as number),
				(first[1] as number) - (centre[1] as number)
			);
			return densified(circleRing(centre, radius));
		}
		default:
			return fail('is not a curve');
	}
}

function flat(points: Position[]): Float64Array {
	const out = new Float64Array(points.length * 2);
	points.forEach((p, k) => out.set([p[0] as number, p[1] as number], 2 * k));
	return out;
}

/** `..RADIUS` is in metres like FYBA's arc routines take it (not in ENHET units). */
function radiusOf(group: SosiGroup, fail: (detail: string) => never): number {
	const radius = numberOf(group, 'RADIUS');
	return radius === null || radius === 0 ? fail('..RADIUS missing') : radius;
}

function numberOf(group: SosiGroup, path: string): number | null {
	const attribute = group.attributes.find((a) => a.path === path);
	const value = attribute ? attributeValue(attribute.tokens) : null;
	return typeof value === 'number' ? value : null;
}
