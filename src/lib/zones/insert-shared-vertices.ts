import Flatbush from 'flatbush';
import type { Position } from 'geojson';
import { closestOnSegment, isNear, mapRings, ringsOf, SAME_POSITION_METRES } from './rings';
import type { Zone, ZoneGeometry } from './types';

interface Vertex {
	position: Position;
	/** Index of the zone it belongs to; -1 for the boundary. */
	owner: number;
}

/**
 * Makes borders truly shared: wherever a vertex of one zone (or of the boundary) lies within
 * `toleranceMetres` of an edge of another zone but is not one of its vertices, a copy of that
 * vertex is inserted into the edge. A drawn border that merely runs along a neighbour then
 * has the neighbour's corners, so `moveSharedVertex` moves both sides and the 1 mm overlay
 * sees no sliver. The edge bends by at most the tolerance. Run it after every drawing or
 * split; zones without insertions are returned as the same objects.
 * @example insertSharedVertices(zones, 0.01).changed // ['bottom'] for a T-junction on its top edge
 */
export function insertSharedVertices(
	zones: readonly Zone[],
	toleranceMetres: number,
	options: { boundary?: ZoneGeometry } = {}
): { zones: Zone[]; changed: string[] } {
	const vertices = collectVertices(zones, options.boundary);
	if (vertices.length === 0) return { zones: [...zones], changed: [] };
	const index = new Flatbush(vertices.length);
	for (const { position } of vertices) {
		index.add(
			position[0] as number,
			position[1] as number,
			position[0] as number,
			position[1] as number
		);
	}
	index.finish();

	const changed: string[] = [];
	const next = zones.map((zone, owner) => {
		const insert = (ring: Position[]): Position[] =>
			insertIntoRing(ring, owner, vertices, index, toleranceMetres);
		const geometry = mapRings(zone.geometry, insert);
		if (geometry === zone.geometry) return zone;
		changed.push(zone.id);
		return { ...zone, geometry };
	});
	return { zones: next, changed };
}

function collectVertices(zones: readonly Zone[], boundary?: ZoneGeometry): Vertex[] {
	const out: Vertex[] = [];
	const add = (geometry: ZoneGeometry, owner: number) => {
		for (const ring of ringsOf(geometry)) {
			// The closing position repeats the first.
			for (let i = 0; i < ring.length - 1; i++) out.push({ position: ring[i]!, owner });
		}
	};
	zones.forEach((zone, i) => add(zone.geometry, i));
	if (boundary) add(boundary, -1);
	return out;
}

function insertIntoRing(
	ring: Position[],
	owner: number,
	vertices: Vertex[],
	index: Flatbush,
	tolerance: number
): Position[] {
	let out: Position[] | null = null;
	for (let i = 1; i < ring.length; i++) {
		const a = ring[i - 1]!;
		const b = ring[i]!;
		const between = verticesOnEdge(a, b, owner, vertices, index, tolerance);
		if (between.length === 0) {
			out?.push(b);
			continue;
		}
		out ??= ring.slice(0, i);
		out.push(...between, b);
	}
	return out ?? ring;
}

/** Other owners' vertices within `tolerance` of edge ab, not at its ends, ordered from a to b. */
function verticesOnEdge(
	a: Position,
	b: Position,
	owner: number,
	vertices: Vertex[],
	index: Flatbush,
	tolerance: number
): Position[] {
	const [ax, ay] = a as [number, number];
	const [bx, by] = b as [number, number];
	const hits = index.search(
		Math.min(ax, bx) - tolerance,
		Math.min(ay, by) - tolerance,
		Math.max(ax, bx) + tolerance,
		Math.max(ay, by) + tolerance
	);
	const found: Array<{ t: number; position: Position }> = [];
	for (const i of hits) {
		const v = vertices[i]!;
		if (v.owner === owner) continue;
		const near = Math.max(tolerance, SAME_POSITION_METRES);
		if (isNear(v.position, a, near) || isNear(v.position, b, near)) continue;
		const foot = closestOnSegment(v.position, a, b);
		if (foot.distance > tolerance) continue;
		// Several zones share most vertices: insert each position once.
		if (found.some((f) => isNear(f.position, v.position, SAME_POSITION_METRES))) continue;
		found.push({ t: foot.t, position: v.position });
	}
	return found.sort((p, q) => p.t - q.t).map((f) => f.position);
}
