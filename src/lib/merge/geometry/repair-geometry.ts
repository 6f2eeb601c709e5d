import type { MultiPolygon, Polygon } from 'geojson';
import { Clipper, FillRule, type Paths64 } from 'clipper2-ts';
import { pathsArea, ringArea } from './paths-area';
import { toGridRings } from './to-paths';

/** A geometry on the grid as a clean region, and what cleaning it changed. */
export interface RepairedGeometry {
	/** Clipper region: outer rings counter-clockwise, holes clockwise, nothing overlapping. */
	shape: Paths64;
	/** Area in mm² as drawn: Σ |outer| − Σ |holes| per polygon (meaningless when invalid). */
	drawnArea: number;
	/** Area in mm² of the repaired region. */
	area: number;
	/** True when the drawing was not a valid (multi)polygon: the repair changed the area or dropped positions. */
	repaired: boolean;
}

/**
 * Turns drawn rings into a valid region: each polygon is its outer ring under the non-zero
 * rule minus its holes under the non-zero rule, and the polygons are unioned. A bow-tie
 * becomes its two lobes, a hole outside its shell is ignored, overlapping parts of a
 * multipolygon merge. Validity is judged exactly on the integer grid: a drawing is invalid
 * exactly when its naive area differs from the repaired area (plan-standards §5 R6), so
 * a valid polygon is never reported and an invalid one always is.
 * @example repairGeometry(bowTie).repaired // true
 */
export function repairGeometry(geometry: Polygon | MultiPolygon): RepairedGeometry {
	const { polygons, skippedPositions } = toGridRings(geometry);
	let drawnArea = 0;
	const parts: Paths64[] = [];
	for (const [outer, ...holes] of polygons) {
		if (!outer || outer.length < 3) continue;
		const validHoles = holes.filter((h) => h.length >= 3);
		drawnArea += ringArea(outer) - validHoles.reduce((sum, h) => sum + ringArea(h), 0);
		parts.push(
			validHoles.length === 0
				? Clipper.union([outer], FillRule.NonZero)
				: Clipper.difference([outer], validHoles, FillRule.NonZero)
		);
	}
	const shape = parts.length === 1 ? parts[0]! : Clipper.union(parts.flat(), FillRule.NonZero);
	const area = pathsArea(shape);
	return {
		shape,
		drawnArea,
		area,
		repaired: skippedPositions > 0 || area !== drawnArea || area === 0
	};
}
