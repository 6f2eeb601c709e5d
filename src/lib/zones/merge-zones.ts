import { Clipper, FillRule } from 'clipper2-ts';
import { dropStraightVertices } from './drop-straight-vertices';
import { pathsArea } from '../merge/geometry/paths-area';
import { sharedBorderLength } from '../merge/geometry/shared-border-length';
import {
	ReasonInvalidZone,
	ReasonSameZone,
	ReasonZonesNotNeighbours,
	ReasonZonesTouchAtPoint
} from './reasons';
import { closestOnSegment, ringsOf, SAME_POSITION_METRES } from './rings';
import { toGridRegion } from './to-grid-region';
import { lookupPositions, toZoneGeometry } from './to-zone-geometry';
import type { Refusal, Zone } from './types';

export type MergeZonesResult = { ok: true; zone: Zone } | Refusal;

/**
 * Merges two neighbouring zones into one with the given id and name. They must share a
 * border (or overlap); zones that only meet at a corner are refused, since the result would
 * be two parts joined at a point. Vertices left in the middle of a straight edge (the ends
 * of the old shared border) are removed, except those that are vertices of `others`: the
 * remaining zones still need them for their borders to stay shared.
 * @example mergeZones(left, right, 'lr', 'Vest', { others: zones }) // { ok: true, zone: 2 000 × 1 000 rectangle }
 */
export function mergeZones(
	a: Zone,
	b: Zone,
	id: string,
	name: string,
	options: { others?: readonly Zone[] } = {}
): MergeZonesResult {
	if (a.id === b.id) return refuse(ReasonSameZone, `cannot merge zone ${a.id} with itself`);
	const ra = toGridRegion(a.geometry);
	const rb = toGridRegion(b.geometry);
	const invalid = ra.reason ? a : rb.reason ? b : null;
	if (invalid) return refuse(ReasonInvalidZone, `zone ${invalid.id} must be repaired first`);
	const border = sharedBorderLength(ra.rings, rb.rings);
	const overlap = pathsArea(Clipper.intersect(ra.rings, rb.rings, FillRule.NonZero));
	if (border === 0 && overlap === 0) {
		return touchesAtPoint(a, b)
			? refuse(ReasonZonesTouchAtPoint, `zones ${a.id} and ${b.id} only meet at a corner`)
			: refuse(ReasonZonesNotNeighbours, `zones ${a.id} and ${b.id} share no border`);
	}
	const keep = new Set<string>();
	for (const other of options.others ?? []) {
		if (other.id === a.id || other.id === b.id) continue;
		for (const ring of toGridRegion(other.geometry).rings)
			for (const p of ring) keep.add(`${p.x},${p.y}`);
	}
	const union = dropStraightVertices(Clipper.union(ra.rings, rb.rings, FillRule.NonZero), (p) =>
		keep.has(`${p.x},${p.y}`)
	);
	const geometry = toZoneGeometry(union, lookupPositions([a.geometry, b.geometry]));
	if (!geometry) return refuse(ReasonZonesNotNeighbours, `zones ${a.id} and ${b.id} have no area`);
	return { ok: true, zone: { id, name, geometry } };
}

function refuse(reason: Refusal['reason'], detail: string): Refusal {
	return { ok: false, reason, detail };
}

/** Whether a vertex of one zone lies on the boundary of the other (within 1 mm). */
function touchesAtPoint(a: Zone, b: Zone): boolean {
	const on = (p: number[], zone: Zone) =>
		ringsOf(zone.geometry).some((ring) =>
			ring.some(
				(q, i) => i > 0 && closestOnSegment(p, ring[i - 1]!, q).distance <= SAME_POSITION_METRES
			)
		);
	return (
		ringsOf(a.geometry).some((ring) => ring.some((p) => on(p, b))) ||
		ringsOf(b.geometry).some((ring) => ring.some((p) => on(p, a)))
	);
}
