import type { LineString, Position } from 'geojson';
import type { Utm32 } from '../geometry/types';
import { fixPartition } from './fix-partition';
import { insertSharedVertices } from './insert-shared-vertices';
import { mergeZones } from './merge-zones';
import { moveSharedVertex } from './move-shared-vertex';
import { ReasonZonesNotNeighbours, type ZoneReason } from './reasons';
import { repairPolygon } from './repair-polygon';
import { snapPoint } from './snap-point';
import { splitZone } from './split-zone';
import type { FixChange, Refusal, Zone, ZoneGeometry } from './types';
import type { SliverOptions } from './work-zone';

/*
 * One planner action on a proposal's zones, applied as one undo step. The editor turns
 * pointer and keyboard input into these; this module turns them into new zone lists with
 * the domain functions, so the rules are tested without a map.
 */

/**
 * Drawn vertices pass through WGS 84 and terra-draw's 9-decimal rounding on the way back,
 * which moves them by up to ~0.1 mm; within this distance a drawn vertex is put back
 * exactly on the vertex or edge it was snapped to.
 */
export const RESNAP_METRES = 0.005;

export type ZoneEdit =
	| { kind: 'add'; id: string; name: string; geometry: ZoneGeometry }
	| { kind: 'move-vertex'; from: Position; to: Position }
	| { kind: 'split'; zoneId: string; line: Utm32<LineString>; newId: () => string }
	| { kind: 'merge'; zoneId: string; otherId: string }
	| { kind: 'delete'; zoneId: string }
	| { kind: 'rename'; zoneId: string; name: string }
	| { kind: 'fix'; options: SliverOptions };

/** Something the editor tells the planner about an edit that succeeded. */
export type EditNote =
	| { kind: 'repaired'; zoneId: string; reason: ZoneReason; areaChange: number }
	| { kind: 'fixed'; changes: FixChange[] };

export type EditResult =
	{ ok: true; zones: Zone[]; changed: string[]; notes: EditNote[] } | Refusal;

/**
 * Applies one edit. Zones the edit does not touch come back as the same objects, so the
 * topology check and the statistics only look again at what changed.
 * @example applyZoneEdit(zones, boundary, { kind: 'delete', zoneId: 'z1' })
 */
export function applyZoneEdit(
	zones: readonly Zone[],
	boundary: ZoneGeometry,
	edit: ZoneEdit
): EditResult {
	switch (edit.kind) {
		case 'add':
			return addZone(zones, boundary, edit);
		case 'move-vertex': {
			const moved = moveSharedVertex(zones, edit.from, edit.to);
			// No zone has that vertex (any more): the same list, so no empty undo step.
			const next = moved.changed.length > 0 ? moved.zones : (zones as Zone[]);
			return { ok: true, zones: next, changed: moved.changed, notes: [] };
		}
		case 'split':
			return split(zones, boundary, edit);
		case 'merge':
			return merge(zones, edit.zoneId, edit.otherId);
		case 'delete': {
			const next = zones.filter((z) => z.id !== edit.zoneId);
			return { ok: true, zones: next, changed: [edit.zoneId], notes: [] };
		}
		case 'rename': {
			const next = zones.map((z) => (z.id === edit.zoneId ? { ...z, name: edit.name } : z));
			return { ok: true, zones: next, changed: [edit.zoneId], notes: [] };
		}
		case 'fix': {
			const fixed = fixPartition({ zones, boundary }, edit.options);
			const changed = fixed.zones.filter((z, i) => z !== zones[i]).map((z) => z.id);
			return {
				ok: true,
				zones: fixed.zones,
				changed,
				notes: [{ kind: 'fixed', changes: fixed.changes }]
			};
		}
	}
}

function addZone(
	zones: readonly Zone[],
	boundary: ZoneGeometry,
	edit: Extract<ZoneEdit, { kind: 'add' }>
): EditResult {
	const repair = repairPolygon(resnap(edit.geometry, zones, boundary));
	if (!repair.geometry) {
		return { ok: false, reason: repair.reason ?? 'zero-area', detail: 'drawn polygon refused' };
	}
	const added: Zone = { id: edit.id, name: edit.name, geometry: repair.geometry };
	const shared = insertSharedVertices([...zones, added], RESNAP_METRES, { boundary });
	const notes: EditNote[] = repair.repaired
		? [{ kind: 'repaired', zoneId: edit.id, reason: repair.reason!, areaChange: repair.areaChange }]
		: [];
	return { ok: true, zones: shared.zones, changed: [edit.id, ...shared.changed], notes };
}

function split(
	zones: readonly Zone[],
	boundary: ZoneGeometry,
	edit: Extract<ZoneEdit, { kind: 'split' }>
): EditResult {
	const zone = zones.find((z) => z.id === edit.zoneId);
	if (!zone) return { ok: false, reason: 'line-does-not-split', detail: 'no such zone' };
	const result = splitZone(zone, edit.line, edit.newId);
	if (!result.ok) return result;
	const index = zones.indexOf(zone);
	const next = [...zones.slice(0, index), ...result.zones, ...zones.slice(index + 1)];
	// The cut adds vertices where it crosses the outline; neighbours need them too.
	const shared = insertSharedVertices(next, RESNAP_METRES, { boundary });
	const changed = new Set([...result.zones.map((z) => z.id), ...shared.changed]);
	return { ok: true, zones: shared.zones, changed: [...changed], notes: [] };
}

function merge(zones: readonly Zone[], zoneId: string, otherId: string): EditResult {
	const a = zones.find((z) => z.id === zoneId);
	const b = zones.find((z) => z.id === otherId);
	if (!a || !b) return { ok: false, reason: ReasonZonesNotNeighbours, detail: 'no such zone' };
	const others = zones.filter((z) => z !== a && z !== b);
	const result = mergeZones(a, b, a.id, a.name, { others });
	if (!result.ok) return result;
	const next = zones.flatMap((z) => (z === a ? [result.zone] : z === b ? [] : [z]));
	return { ok: true, zones: next, changed: [a.id, b.id], notes: [] };
}

/** Puts every drawn vertex back exactly on the vertex or edge it was snapped to. */
function resnap(geometry: ZoneGeometry, zones: readonly Zone[], boundary: ZoneGeometry) {
	const partition = { zones, boundary };
	const snap = (p: Position) => snapPoint(p, partition, RESNAP_METRES).position;
	const rings = (ring: Position[]) => ring.map(snap);
	return (
		geometry.type === 'Polygon'
			? { ...geometry, coordinates: geometry.coordinates.map(rings) }
			: { ...geometry, coordinates: geometry.coordinates.map((p) => p.map(rings)) }
	) as ZoneGeometry;
}
