import type { MultiPolygon, Polygon } from 'geojson';
import { Clipper, FillRule, type Path64, type Paths64 } from 'clipper2-ts';
import { boxOf } from '../merge/geometry/box';
import { coveredTwice } from '../merge/geometry/covered-twice';
import { ringTwiceArea } from '../merge/geometry/paths-area';
import { repairGeometry } from '../merge/geometry/repair-geometry';
import { splitPieces } from '../merge/geometry/split-pieces';
import { toGridRings } from '../merge/geometry/to-paths';
import {
	ReasonInvalidHoles,
	ReasonNonFiniteCoordinates,
	ReasonOverlappingParts,
	ReasonSelfIntersection,
	ReasonUnclosedRing,
	ReasonZeroArea,
	type ZoneReason
} from './reasons';
import { isNoise } from './zone-shape';

/** A geometry on the 1 mm grid, what was wrong with it as drawn, and its valid region. */
export interface Diagnosis {
	/** The first thing wrong, in the order a planner would fix it; null when valid. */
	reason: ZoneReason | null;
	/** The repaired region (non-zero rule per ring, holes subtracted, parts unioned). */
	shape: Paths64;
	/**
	 * When valid, the drawn rings on the grid, outer rings counter-clockwise and holes
	 * clockwise: the same edges the neighbours have, so shared borders cancel exactly.
	 */
	rings: Paths64 | null;
}

/**
 * Checks a drawn polygon and returns its valid region. Validity is first decided exactly on
 * the integer grid, as the merge does (`repairGeometry`): a drawing whose naive area equals
 * its repaired area is valid. Otherwise the defects themselves are measured (lobes wound
 * the wrong way or twice, holes outside the shell or overlapping, overlapping parts), and
 * defects thinner than 1 mm are ignored: rounding crossings to the grid leaves such
 * hairline twists in overlay output, and no planner could see or fix them.
 * @example diagnoseGeometry(bowTie).reason // 'self-intersection'
 */
export function diagnoseGeometry(geometry: Polygon | MultiPolygon): Diagnosis {
	const repaired = repairGeometry(geometry);
	const shape = repaired.shape;
	const drawn = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const invalid = (reason: ZoneReason): Diagnosis => ({ reason, shape, rings: null });
	if (drawn.flat(2).some((p) => !Number.isFinite(p[0]) || !Number.isFinite(p[1]))) {
		return invalid(ReasonNonFiniteCoordinates);
	}
	if (repaired.area === 0) return invalid(ReasonZeroArea);
	if (drawn.flat().some((ring) => !isClosed(ring))) return invalid(ReasonUnclosedRing);

	const polygons = toGridRings(geometry).polygons.map(([outer, ...holes]) => [
		oriented(outer ?? [], true),
		...holes.map((h) => oriented(h, false))
	]);
	const valid: Diagnosis = { reason: null, shape, rings: polygons.flat() };
	if (repaired.area === repaired.drawnArea) return valid;
	if (polygons.flat().some((ring) => visible(wrongWinding(oriented(ring, true))))) {
		return invalid(ReasonSelfIntersection);
	}
	const parts: Paths64[] = [];
	for (const [outer, ...holes] of polygons) {
		const shell = Clipper.union([outer!], FillRule.NonZero);
		const holeRegions = holes.map((h) => Clipper.union([oriented(h, true)], FillRule.NonZero));
		const strayHoles = Clipper.difference(holeRegions.flat(), shell, FillRule.NonZero);
		if (visible(strayHoles) || visible(coveredTwice(holeRegions)))
			return invalid(ReasonInvalidHoles);
		parts.push(Clipper.difference(shell, holeRegions.flat(), FillRule.NonZero));
	}
	if (visible(coveredTwice(parts))) return invalid(ReasonOverlappingParts);
	return valid;
}

function isClosed(ring: Polygon['coordinates'][number]): boolean {
	const first = ring[0];
	const last = ring[ring.length - 1];
	return ring.length >= 4 && !!first && !!last && first[0] === last[0] && first[1] === last[1];
}

function oriented(ring: Path64, counterClockwise: boolean): Path64 {
	return ringTwiceArea(ring) > 0 === counterClockwise ? ring : [...ring].reverse();
}

/** Where a (counter-clockwise) ring winds negatively or more than once: its twisted lobes. */
function wrongWinding(ring: Path64): Paths64 {
	const negative = Clipper.union([ring], FillRule.Negative);
	const box = boxOf([ring])!;
	// A clockwise frame lowers the winding by one everywhere: what stays positive was ≥ 2.
	const frame: Path64 = [
		{ x: box.minX - 1, y: box.minY - 1 },
		{ x: box.minX - 1, y: box.maxY + 1 },
		{ x: box.maxX + 1, y: box.maxY + 1 },
		{ x: box.maxX + 1, y: box.minY - 1 }
	];
	const twice = Clipper.union([ring, frame], FillRule.Positive);
	return [...negative, ...twice];
}

function visible(region: Paths64): boolean {
	return splitPieces(region).some((piece) => !isNoise(piece));
}
