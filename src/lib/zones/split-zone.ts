import type { LineString } from 'geojson';
import { Clipper, FillRule, type Path64, type Paths64, type Point64 } from 'clipper2-ts';
import type { Utm32 } from '../geometry/types';
import { boxOf } from '../merge/geometry/box';
import { pathsArea } from '../merge/geometry/paths-area';
import { lowestLeftmost } from '../merge/geometry/lowest-leftmost';
import { splitPieces } from '../merge/geometry/split-pieces';
import { UNITS_PER_METRE } from '../merge/geometry/to-paths';
import { nodeLine } from './node-line';
import { ReasonInvalidZone, ReasonLineDoesNotSplit } from './reasons';
import { toGridRegion } from './to-grid-region';
import { lookupPositions, toZoneGeometry } from './to-zone-geometry';
import type { Refusal, Zone } from './types';

export type SplitZoneResult = { ok: true; zones: Zone[] } | Refusal;

/**
 * Splits a zone along a drawn polyline into the pieces the line cuts it into (two for a line
 * crossing it once, more for a line weaving in and out). The largest piece keeps the zone's
 * id and name, with any parts of a multi-part zone the line does not cut; the other pieces
 * get ids from `newId` and the same name. The pieces share the cut's vertices exactly. Where
 * the line crosses the zone's outline a vertex is added on the 1 mm grid: run
 * `insertSharedVertices` over the partition afterwards so the neighbours get it too.
 * A line that does not cut the zone (misses it, ends inside it, only touches it) is refused.
 * @example splitZone(square, line([500, -10], [500, 1010]), () => 'new') // two 500 × 1 000 rectangles
 */
export function splitZone(
	zone: Zone,
	line: Utm32<LineString>,
	newId: () => string
): SplitZoneResult {
	const region = toGridRegion(zone.geometry);
	if (region.reason) {
		return {
			ok: false,
			reason: ReasonInvalidZone,
			detail: `zone ${zone.id} must be repaired first`
		};
	}
	const path = toGridLine(line);
	const pieces: Paths64[] = [];
	const uncut: Paths64 = [];
	for (const part of splitPieces(region.rings)) {
		const cut = path.length >= 2 ? cutPart(part, path) : null;
		if (cut) pieces.push(...cut);
		else uncut.push(...part);
	}
	if (pieces.length === 0) {
		return {
			ok: false,
			reason: ReasonLineDoesNotSplit,
			detail: `the line does not cut zone ${zone.id}`
		};
	}
	// Largest first; equal pieces west to east, then south to north.
	pieces.sort((a, b) => pathsArea(b) - pathsArea(a) || compareCorners(a, b));
	const lookup = lookupPositions([zone.geometry]);
	const zones = pieces.map((piece, i): Zone => {
		const geometry = toZoneGeometry(i === 0 ? [...piece, ...uncut] : piece, lookup)!;
		return i === 0 ? { ...zone, geometry } : { id: newId(), name: zone.name, geometry };
	});
	return { ok: true, zones };
}

function toGridLine(line: LineString): Path64 {
	const out: Path64 = [];
	for (const [x, y] of line.coordinates) {
		if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
		const p = { x: Math.round(x! * UNITS_PER_METRE), y: Math.round(y! * UNITS_PER_METRE) };
		const last = out[out.length - 1];
		if (!last || last.x !== p.x || last.y !== p.y) out.push(p);
	}
	return out;
}

/**
 * Cuts one polygon ([outer, ...holes]) along the line, or null when the line does not cut it.
 * The line from its first to its last vertex on the outer ring, closed by the outer ring's
 * arc back, encloses a region whose even-odd parity flips across every stretch of the line
 * inside the polygon, and nowhere else inside it (the arc is the polygon's own edge). The
 * polygon intersected with and minus that region, split into connected parts, are the
 * pieces. Worked relative to the polygon's corner so the integer arithmetic is exact.
 */
function cutPart(part: Paths64, line: Path64): Paths64[] | null {
	const box = boxOf(part)!;
	const shift = (p: Point64, sign: number) => ({
		x: p.x + sign * box.minX,
		y: p.y + sign * box.minY
	});
	const noded = nodeLine(
		line.map((p) => shift(p, -1)),
		part.map((ring) => ring.map((p) => shift(p, -1)))
	);
	const outer = noded.rings[0]!;
	const onOuter = new Map(outer.map((p, i) => [`${p.x},${p.y}`, i]));
	const hits = noded.line.flatMap((p, i) => (onOuter.has(`${p.x},${p.y}`) ? [i] : []));
	const first = hits[0];
	const last = hits[hits.length - 1];
	if (first === undefined || last === undefined || first === last) return null;
	const a = noded.line[first]!;
	const b = noded.line[last]!;
	if (a.x === b.x && a.y === b.y) return null;
	const ia = onOuter.get(`${a.x},${a.y}`)!;
	const ib = onOuter.get(`${b.x},${b.y}`)!;
	const arc: Path64 = [];
	for (let i = (ib + 1) % outer.length; i !== ia; i = (i + 1) % outer.length) arc.push(outer[i]!);
	const enclosure = [[...noded.line.slice(first, last + 1), ...arc]];
	const pieces = [
		...splitPieces(Clipper.intersect(noded.rings, enclosure, FillRule.EvenOdd)),
		...splitPieces(Clipper.difference(noded.rings, enclosure, FillRule.EvenOdd))
	].filter((piece) => pathsArea(piece) > 0);
	if (pieces.length < 2) return null;
	return pieces.map((piece) => piece.map((ring) => ring.map((p) => shift(p, 1))));
}

function compareCorners(a: Paths64, b: Paths64): number {
	const p = lowestLeftmost(a[0]!);
	const q = lowestLeftmost(b[0]!);
	return p.x - q.x || p.y - q.y;
}
