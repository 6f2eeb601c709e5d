import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Paths64 } from 'clipper2-ts';
import { assumeCrs } from '../geometry/types';
import { polygonToGeoJson } from '../merge/geometry/to-geojson';
import { UNITS_PER_METRE } from '../merge/geometry/to-paths';
import { mapRings, ringsOf } from './rings';
import { splitPieces } from '../merge/geometry/split-pieces';
import type { ZoneGeometry } from './types';

/** Original positions by their 1 mm grid cell, to undo the overlay's rounding. */
export type PositionLookup = Map<string, Position>;

/**
 * Remembers the positions of the given geometries by grid cell, for `toZoneGeometry`.
 * @example const lookup = lookupPositions(zones.map((z) => z.geometry))
 */
export function lookupPositions(
	geometries: ReadonlyArray<Polygon | MultiPolygon>,
	into: PositionLookup = new Map()
): PositionLookup {
	for (const geometry of geometries) {
		for (const ring of ringsOf(geometry)) {
			for (const p of ring) {
				const key = gridKey(p[0] as number, p[1] as number);
				if (!into.has(key)) into.set(key, p);
			}
		}
	}
	return into;
}

/**
 * A Clipper region as a zone geometry (Polygon for one part, MultiPolygon for several, null
 * when empty), in RFC 7946 orientation. A vertex that the overlay merely rounded to the
 * 1 mm grid gets its original position back from `lookup`, so vertices a zone shares with
 * an untouched neighbour stay bit-identical and repeated edits do not drift.
 * @example toZoneGeometry(Clipper.union(a, b, FillRule.NonZero), lookupPositions([a, b]))
 */
export function toZoneGeometry(shape: Paths64, lookup?: PositionLookup): ZoneGeometry | null {
	const pieces = splitPieces(shape);
	if (pieces.length === 0) return null;
	const region: Polygon | MultiPolygon =
		pieces.length === 1
			? polygonToGeoJson(pieces[0]!)
			: { type: 'MultiPolygon', coordinates: pieces.map((p) => polygonToGeoJson(p).coordinates) };
	if (!lookup || lookup.size === 0) return assumeCrs(region, 25832);
	const restore = (ring: Position[]): Position[] =>
		ring.map((p) => {
			const x = p[0] as number;
			const y = p[1] as number;
			return lookup.get(gridKey(x, y)) ?? p;
		});
	return assumeCrs(mapRings(region, restore), 25832);
}

function gridKey(x: number, y: number): string {
	return `${Math.round(x * UNITS_PER_METRE)},${Math.round(y * UNITS_PER_METRE)}`;
}
