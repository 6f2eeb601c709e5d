import type { MultiPolygon, Polygon, Position } from 'geojson';

/*
 * Ring-level reading and rewriting of zone geometries, shared by the editing operations
 * (snap, move, insert). Positions are compared with a 1 mm tolerance: the overlay runs on a
 * 1 mm grid (`merge/geometry/to-paths.ts`), so two positions closer than that are one
 * vertex to every other part of Planbord.
 */

/** Positions closer than this (metres) are the same vertex. */
export const SAME_POSITION_METRES = 0.001;

/**
 * Every ring (outer rings and holes) of a polygon or multipolygon, as drawn.
 * @example ringsOf(square).length // 1
 */
export function ringsOf(geometry: Polygon | MultiPolygon): Position[][] {
	return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/**
 * A copy of the geometry with each ring replaced by `change(ring)`; the same object when
 * `change` returned every ring unchanged (by reference), so callers can tell what changed.
 * @example mapRings(zone.geometry, (ring) => ring.map(round))
 */
export function mapRings<G extends Polygon | MultiPolygon>(
	geometry: G,
	change: (ring: Position[]) => Position[]
): G {
	let changed = false;
	const apply = (ring: Position[]): Position[] => {
		const next = change(ring);
		if (next !== ring) changed = true;
		return next;
	};
	const coordinates =
		geometry.type === 'Polygon'
			? geometry.coordinates.map(apply)
			: geometry.coordinates.map((polygon) => polygon.map(apply));
	return changed ? ({ ...geometry, coordinates } as G) : geometry;
}

/**
 * Whether two positions are within `tolerance` metres of each other (x and y only).
 * @example isNear([0, 0], [0.0005, 0], 0.001) // true
 */
export function isNear(a: Position, b: Position, tolerance: number): boolean {
	const dx = (a[0] as number) - (b[0] as number);
	const dy = (a[1] as number) - (b[1] as number);
	return dx * dx + dy * dy <= tolerance * tolerance;
}

/** The point of a segment nearest to a point, where along it (0..1) and how far away. */
export interface SegmentFoot {
	position: Position;
	t: number;
	distance: number;
}

/**
 * The perpendicular foot of `p` on segment ab, clamped to the segment. Computed relative to
 * `a`, so UTM coordinates (6.6 million metres) keep sub-millimetre precision.
 * @example closestOnSegment([5, 1], [0, 0], [10, 0]) // { position: [5, 0], t: 0.5, distance: 1 }
 */
export function closestOnSegment(p: Position, a: Position, b: Position): SegmentFoot {
	const ax = a[0] as number;
	const ay = a[1] as number;
	const dx = (b[0] as number) - ax;
	const dy = (b[1] as number) - ay;
	const px = (p[0] as number) - ax;
	const py = (p[1] as number) - ay;
	const length2 = dx * dx + dy * dy;
	const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / length2));
	const fx = t * dx;
	const fy = t * dy;
	// The ends are returned as they are, not recomputed, so a foot at a vertex is that vertex.
	const position =
		t === 0 ? [ax, ay] : t === 1 ? [b[0] as number, b[1] as number] : [ax + fx, ay + fy];
	return { position, t, distance: Math.hypot(px - fx, py - fy) };
}
