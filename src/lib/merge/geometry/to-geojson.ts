import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Path64, Paths64 } from 'clipper2-ts';
import { ringTwiceArea } from './paths-area';
import { splitPieces } from './split-pieces';
import { lowestLeftmost } from './lowest-leftmost';
import { UNITS_PER_METRE } from './to-paths';

/**
 * One connected polygon ([outer, ...holes] on the grid) as GeoJSON in metres, RFC 7946
 * orientation (outer counter-clockwise, holes clockwise; also NPAD's rule, plan-standards R7),
 * each ring closed and starting at its lowest-leftmost vertex so equal regions serialise
 * equally.
 * @example polygonToGeoJson([[{ x: 0, y: 0 }, { x: 1000, y: 0 }, { x: 0, y: 1000 }]])
 */
export function polygonToGeoJson(polygon: Paths64): Polygon {
	const [outer, ...holes] = polygon;
	const rings = outer
		? [toRing(outer, true), ...sortRings(holes).map((h) => toRing(h, false))]
		: [];
	return { type: 'Polygon', coordinates: rings };
}

/**
 * A whole region as a Polygon (one part) or MultiPolygon, or null when it is empty.
 * @example regionToGeoJson(Clipper.intersect(a, b, FillRule.NonZero))
 */
export function regionToGeoJson(shape: Paths64): Polygon | MultiPolygon | null {
	const polygons = splitPieces(shape);
	if (polygons.length === 0) return null;
	if (polygons.length === 1) return polygonToGeoJson(polygons[0]!);
	return {
		type: 'MultiPolygon',
		coordinates: polygons.map((p) => polygonToGeoJson(p).coordinates)
	};
}

function toRing(path: Path64, counterClockwise: boolean): Position[] {
	const reverse = ringTwiceArea(path) > 0 !== counterClockwise;
	const ordered = reverse ? [...path].reverse() : path;
	const start = lowestLeftmost(ordered).index;
	const ring: Position[] = [];
	for (let i = 0; i < ordered.length; i++) {
		const p = ordered[(start + i) % ordered.length]!;
		ring.push([p.x / UNITS_PER_METRE, p.y / UNITS_PER_METRE]);
	}
	if (ring[0]) ring.push([...ring[0]]);
	return ring;
}

function sortRings(rings: Paths64): Paths64 {
	return [...rings].sort((a, b) => {
		const pa = lowestLeftmost(a);
		const pb = lowestLeftmost(b);
		return pa.x - pb.x || pa.y - pb.y;
	});
}
