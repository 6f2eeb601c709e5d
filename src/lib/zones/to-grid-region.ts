import type { MultiPolygon, Polygon } from 'geojson';
import type { Path64, Paths64 } from 'clipper2-ts';
import { boxOf, type Box } from '../merge/geometry/box';
import { ringTwiceArea } from '../merge/geometry/paths-area';
import { toGridRings } from '../merge/geometry/to-paths';
import { diagnoseGeometry } from './diagnose-geometry';
import type { ZoneReason } from './reasons';

/** A drawn geometry on the 1 mm grid as a valid region. */
export interface GridRegion {
	/** Outer rings counter-clockwise, holes clockwise, no two crossing: winding 0 or 1 everywhere. */
	rings: Paths64;
	/** What was wrong with the drawing; null when it was valid. */
	reason: ZoneReason | null;
	box: Box | null;
}

/*
 * Zones and the boundary are immutable, and an edit replaces only the zones it changes, so a
 * region is computed once per geometry object. A geometry mutated in place after it was seen
 * would be served stale; Planbord never does that (tests deep-freeze every input).
 */
const cache = new WeakMap<object, GridRegion>();

/**
 * The valid grid region of a geometry, cached per geometry object. A single-ring polygon,
 * which nearly every zone is, is proved simple by a sweep over its edges without an overlay;
 * anything else (holes, parts, a ring touching itself) goes through `diagnoseGeometry`.
 * @example toGridRegion(zone.geometry).reason // null for a valid zone
 */
export function toGridRegion(geometry: Polygon | MultiPolygon): GridRegion {
	const cached = cache.get(geometry);
	if (cached) return cached;
	const region = fastRegion(geometry) ?? slowRegion(geometry);
	cache.set(geometry, region);
	return region;
}

function slowRegion(geometry: Polygon | MultiPolygon): GridRegion {
	const { shape, reason, rings } = diagnoseGeometry(geometry);
	const region = rings ?? shape;
	return { rings: region, reason, box: boxOf(region) };
}

function fastRegion(geometry: Polygon | MultiPolygon): GridRegion | null {
	const rings = geometry.type === 'Polygon' ? geometry.coordinates : null;
	const ring = rings?.length === 1 ? rings[0] : undefined;
	if (!ring || ring.length < 4) return null;
	const first = ring[0]!;
	const last = ring[ring.length - 1]!;
	if (first[0] !== last[0] || first[1] !== last[1]) return null;
	const { polygons, skippedPositions } = toGridRings(geometry);
	const path = polygons[0]?.[0];
	if (!path || skippedPositions > 0 || path.length < 3) return null;
	const twice = ringTwiceArea(path);
	if (twice === 0 || !isSimple(path)) return null;
	// A clockwise ring is the same area drawn the other way round: not worth reporting.
	const oriented = twice > 0 ? path : [...path].reverse();
	return { rings: [oriented], reason: null, box: boxOf([oriented]) };
}

/**
 * Whether no two non-adjacent edges of a closed ring share any point (adjacent edges share
 * their vertex). Exact: coordinates are taken relative to the ring's corner, so the integer
 * cross products stay below 2^53 for rings up to 90 km across. Edges are swept in order of
 * their smallest x, so only edges with overlapping x ranges are compared.
 */
function isSimple(path: Path64): boolean {
	const n = path.length;
	const box = boxOf([path])!;
	const xs = path.map((p) => p.x - box.minX);
	const ys = path.map((p) => p.y - box.minY);
	const order = Array.from({ length: n }, (_, i) => i).sort(
		(a, b) => Math.min(xs[a]!, xs[(a + 1) % n]!) - Math.min(xs[b]!, xs[(b + 1) % n]!)
	);
	for (let k = 0; k < n; k++) {
		const i = order[k]!;
		const i2 = (i + 1) % n;
		const maxX = Math.max(xs[i]!, xs[i2]!);
		for (let m = k + 1; m < n; m++) {
			const j = order[m]!;
			const j2 = (j + 1) % n;
			if (Math.min(xs[j]!, xs[j2]!) > maxX) break;
			if (j === i2 || i === j2) continue;
			if (segmentsMeet(xs[i]!, ys[i]!, xs[i2]!, ys[i2]!, xs[j]!, ys[j]!, xs[j2]!, ys[j2]!)) {
				return false;
			}
		}
	}
	return true;
}

function segmentsMeet(
	ax: number,
	ay: number,
	bx: number,
	by: number,
	cx: number,
	cy: number,
	dx: number,
	dy: number
): boolean {
	if (Math.max(ay, by) < Math.min(cy, dy) || Math.max(cy, dy) < Math.min(ay, by)) return false;
	const o1 = Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
	const o2 = Math.sign((bx - ax) * (dy - ay) - (by - ay) * (dx - ax));
	const o3 = Math.sign((dx - cx) * (ay - cy) - (dy - cy) * (ax - cx));
	const o4 = Math.sign((dx - cx) * (by - cy) - (dy - cy) * (bx - cx));
	if (o1 !== o2 && o3 !== o4) return true;
	const within = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
		Math.min(px, qx) <= rx &&
		rx <= Math.max(px, qx) &&
		Math.min(py, qy) <= ry &&
		ry <= Math.max(py, qy);
	return (
		(o1 === 0 && within(ax, ay, bx, by, cx, cy)) ||
		(o2 === 0 && within(ax, ay, bx, by, dx, dy)) ||
		(o3 === 0 && within(cx, cy, dx, dy, ax, ay)) ||
		(o4 === 0 && within(cx, cy, dx, dy, bx, by))
	);
}
