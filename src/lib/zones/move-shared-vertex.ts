import type { Position } from 'geojson';
import { closestOnSegment, isNear, mapRings, SAME_POSITION_METRES } from './rings';
import type { Zone } from './types';

/**
 * Moves a vertex on every zone that has it, so a border two zones share moves in both: every
 * vertex within 1 mm of `from` goes to `to`. A zone whose edge passes through `from` without a
 * vertex there (a T-junction that `insertSharedVertices` has not yet resolved) gets a vertex
 * at `to` in that edge, because moving only the other zone would open a gap. Zones that do
 * not change are returned as the same objects; nothing is mutated. One call is one undo step.
 * @example moveSharedVertex(zones, [1000, 1000], [1100, 1000]).changed // ['left', 'right']
 */
export function moveSharedVertex(
	zones: readonly Zone[],
	from: Position,
	to: Position
): { zones: Zone[]; changed: string[] } {
	const target: Position = [to[0] as number, to[1] as number];
	const changed: string[] = [];
	const next = zones.map((zone) => {
		const geometry = mapRings(zone.geometry, (ring) => moveInRing(ring, from, target));
		if (geometry === zone.geometry) return zone;
		changed.push(zone.id);
		return { ...zone, geometry };
	});
	return { zones: next, changed };
}

function moveInRing(ring: Position[], from: Position, to: Position): Position[] {
	const hits = ring.map((p) => isNear(p, from, SAME_POSITION_METRES));
	if (hits.some(Boolean)) return ring.map((p, i) => (hits[i] ? to : p));
	for (let i = 1; i < ring.length; i++) {
		if (closestOnSegment(from, ring[i - 1]!, ring[i]!).distance <= SAME_POSITION_METRES) {
			return [...ring.slice(0, i), to, ...ring.slice(i)];
		}
	}
	return ring;
}
