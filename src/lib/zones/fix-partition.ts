import { Clipper, FillRule, type Paths64, type Point64 } from 'clipper2-ts';
import { planarArea } from '../geometry/area';
import { boxOf } from '../merge/geometry/box';
import { pathsArea } from '../merge/geometry/paths-area';
import { RegionIndex } from '../merge/geometry/region-index';
import { splitPieces } from '../merge/geometry/split-pieces';
import { assignFragmentSlivers, assignGapSlivers } from './assign-slivers';
import { mirror, perimeterUnits, splitByRegionChecked } from './checked-overlay';
import { checkPartition } from './check-partition';
import { dropStraightVertices } from './drop-straight-vertices';
import { healDrift } from './heal-drift';
import { insertSharedVertices } from './insert-shared-vertices';
import { resolveZoneOverlaps } from './resolve-zone-overlaps';
import { SAME_POSITION_METRES } from './rings';
import { toGridRegion } from './to-grid-region';
import { lookupPositions, toZoneGeometry } from './to-zone-geometry';
import type { FixChange, Partition, Zone } from './types';
import { uncancelledEdges } from './uncancelled-edges';
import { windingRegions } from './winding-regions';
import { describe, type SliverOptions, type WorkZone } from './work-zone';

export interface FixResult {
	/** The fixed zones in input order, without zones nothing was left of. */
	zones: Zone[];
	/** What was done, in the order it was done. */
	changes: FixChange[];
}

/**
 * Makes the zones a partition of the boundary as far as it can without guessing, and lists
 * every change with its area and geometry so the UI can show it:
 * 1. zones drawn invalid are repaired (`repaired`);
 * 2. every zone is clipped to the boundary (`clipped`; `zone-removed` if nothing is left);
 * 3. every overlap is left to one zone (`overlap-resolved`, see `resolveZoneOverlaps`);
 * 4. fragments the fix cut off a zone, and gaps, that are narrower than `sliverWidth`
 *    (mean width 2A/P) or smaller than `minArea` join the neighbour with the longest
 *    shared border, ties by id (`sliver-assigned`);
 * 5. larger gaps stay and are listed (`gap-kept`): whose land they are is a planning decision.
 * Zones the fix did not change are returned as the same objects; the others get the 1 mm
 * vertices the overlays created shared with their neighbours. Every overlay whose result
 * can be checked by exact area arithmetic is checked (see `checked-overlay.ts`), and when
 * the result still has an overlap or a part outside, one more pass runs over it.
 * @example fixPartition(partition, { sliverWidth: 5, minArea: 100 }).changes
 */
export function fixPartition(partition: Partition, options: SliverOptions): FixResult {
	const first = fixOnce(partition, options);
	// Overlays round every new crossing to the grid, and clipper2-ts can mis-fill near the
	// hairline spikes that leaves; a second pass over the result clears what the first left.
	const left = checkPartition({ zones: first.zones, boundary: partition.boundary });
	if (!left.some((p) => p.kind !== 'gap')) return first;
	const second = fixOnce({ zones: first.zones, boundary: partition.boundary }, options);
	// Gaps are listed as they are at the end.
	const done = first.changes.filter((c) => c.kind !== 'gap-kept');
	return { zones: second.zones, changes: [...done, ...second.changes] };
}

function fixOnce(partition: Partition, options: SliverOptions): FixResult {
	const changes: FixChange[] = [];
	const push = (change: FixChange | null) => change && changes.push(change);
	const boundary = toGridRegion(partition.boundary).rings;
	const index = new RegionIndex(boundary);
	const work: WorkZone[] = [];
	const source = new Map<WorkZone, Zone>();

	for (const zone of partition.zones) {
		const region = toGridRegion(zone.geometry);
		const repaired = region.reason ? toZoneGeometry(region.rings) : null;
		if (repaired) {
			const areaChange = Math.abs(planarArea(repaired) - planarArea(zone.geometry));
			changes.push({ kind: 'repaired', zoneIds: [zone.id], area: areaChange, geometry: repaired });
		}
		const { inside, outside } = splitByRegionChecked(region.rings, region.box, index);
		for (const piece of splitPieces(outside)) push(describe('clipped', [zone.id], piece));
		if (splitPieces(inside).length === 0) {
			changes.push({
				kind: 'zone-removed',
				zoneIds: [zone.id],
				area: planarArea(zone.geometry),
				geometry: zone.geometry
			});
			continue;
		}
		const item: WorkZone = {
			id: zone.id,
			shape: inside,
			box: boxOf(inside),
			touched: !!region.reason || outside.length > 0
		};
		work.push(item);
		source.set(item, zone);
	}

	// Zones are now inside the boundary, so where the uncancelled edges wind positively two
	// zones overlap, and where they wind negatively there is a gap (see uncancelledEdges).
	const overlaps = windingRegions(
		uncancelledEdges(
			work.map((w) => w.shape),
			boundary
		)
	).positive;
	changes.push(...resolveZoneOverlaps(work, overlaps));
	changes.push(...assignFragmentSlivers(work, options));
	const gaps = findGaps(work, boundary);
	changes.push(...assignGapSlivers(work, gaps, options));
	healDrift(work, boundary);

	const lookup = lookupPositions([...partition.zones.map((z) => z.geometry), partition.boundary]);
	const owners = vertexOwners(work, boundary);
	const zones: Zone[] = [];
	work.forEach((w, i) => {
		const zone = source.get(w)!;
		if (!w.touched) {
			zones.push(zone);
			return;
		}
		// Unions leave the ends of dissolved borders as straight-line vertices; drop those
		// no neighbour or boundary shares.
		const usedElsewhere = (p: Point64) =>
			[...(owners.get(`${p.x},${p.y}`) ?? [])].some((o) => o !== i);
		const geometry = toZoneGeometry(dropStraightVertices(w.shape, usedElsewhere), lookup);
		if (geometry) zones.push({ ...zone, geometry });
		else
			changes.push({
				kind: 'zone-removed',
				zoneIds: [zone.id],
				area: planarArea(zone.geometry),
				geometry: zone.geometry
			});
	});
	if (!work.some((w) => w.touched)) return { zones, changes };
	// Sharing bends edges by up to 1 mm, which near a corner of three zones can push one into
	// a third. Keep the shared version only if it adds no problem the check can see.
	const shared = insertSharedVertices(zones, SAME_POSITION_METRES, {
		boundary: partition.boundary
	}).zones;
	const hard = (z: Zone[]) =>
		checkPartition({ zones: z, boundary: partition.boundary }).filter((p) => p.kind !== 'gap')
			.length;
	return { zones: hard(shared) <= hard(zones) ? shared : zones, changes };
}

/** For each grid vertex, the work zones (by index) and the boundary (-1) that have it. */
function vertexOwners(work: WorkZone[], boundary: Paths64): Map<string, Set<number>> {
	const owners = new Map<string, Set<number>>();
	const add = (shape: Paths64, owner: number) => {
		for (const ring of shape) {
			for (const p of ring) {
				const key = `${p.x},${p.y}`;
				const set = owners.get(key);
				if (set) set.add(owner);
				else owners.set(key, new Set([owner]));
			}
		}
	};
	work.forEach((w, i) => add(w.shape, i));
	add(boundary, -1);
	return owners;
}

/**
 * The gaps between zones that are inside the boundary and no longer overlap, checked: their
 * area must be the boundary's minus the zones'. A sweep that mis-fills can add the same
 * area to its positive and negative regions, which the winding check cannot see.
 */
function findGaps(work: WorkZone[], boundary: Paths64): Paths64 {
	const shapes = work.map((w) => w.shape);
	const expected = pathsArea(boundary) - shapes.reduce((sum, s) => sum + pathsArea(s), 0);
	const tolerance =
		perimeterUnits(boundary) + shapes.reduce((sum, s) => sum + perimeterUnits(s), 0);
	const error = (gaps: Paths64) => Math.abs(pathsArea(gaps) - expected);
	const fromEdges = windingRegions(uncancelledEdges(shapes, boundary)).negative;
	if (error(fromEdges) <= tolerance) return fromEdges;
	const direct = Clipper.difference(boundary, shapes.flat(), FillRule.NonZero);
	const mirrored = mirror(
		Clipper.difference(mirror(boundary), mirror(shapes.flat()), FillRule.NonZero)
	);
	return [fromEdges, direct, mirrored].reduce((best, g) => (error(g) < error(best) ? g : best));
}
