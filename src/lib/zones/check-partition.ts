import type { Paths64 } from 'clipper2-ts';
import { planarArea } from '../geometry/area';
import { RegionIndex } from '../merge/geometry/region-index';
import { boxOf } from '../merge/geometry/box';
import { splitPieces } from '../merge/geometry/split-pieces';
import { splitByRegionChecked } from './checked-overlay';
import { findCoveringZones } from './find-covering-zones';
import { compareIds, rankNeighbours } from './rank-neighbours';
import { toGridRegion } from './to-grid-region';
import { toZoneGeometry } from './to-zone-geometry';
import type { Partition, PartitionProblem } from './types';
import { uncancelledEdges } from './uncancelled-edges';
import { windingRegions } from './winding-regions';
import { areaM2, isNoise, zoneShape } from './zone-shape';

/** Which problems to leave out. */
export interface CheckOptions {
	/** Pieces smaller than this (m²) are not reported. Default 0: everything visible. */
	minArea?: number;
}

const KIND_ORDER = ['invalid', 'overlap', 'gap', 'outside'] as const;

/**
 * Everything that keeps the zones from being a partition of the boundary: invalid zones,
 * overlaps, gaps and parts outside, one problem per connected piece, largest first within
 * each kind. Outside the boundary everything is 'outside', even where two zones overlap.
 *
 * Fast enough to run on every edit: shared borders cancel edge by edge
 * (`uncancelledEdges`), so a valid partition is proved without an overlay, and only the
 * edges that did not cancel are overlaid. Zone and boundary preparation is cached per
 * geometry object, so after an edit only the changed zones are looked at again. Pieces
 * thinner than 1 mm on average are rounding to the overlay grid and are not problems.
 * @example checkPartition({ zones, boundary }) // [] when the zones tile the municipality
 */
export function checkPartition(
	partition: Partition,
	options: CheckOptions = {}
): PartitionProblem[] {
	const minArea = options.minArea ?? 0;
	const regions = partition.zones.map((zone) => toGridRegion(zone.geometry));
	const problems: PartitionProblem[] = [];
	partition.zones.forEach((zone, i) => {
		const { rings, reason } = regions[i]!;
		if (!reason) return;
		const repaired = toZoneGeometry(rings);
		problems.push({
			kind: 'invalid',
			zoneIds: [zone.id],
			geometry: null,
			area: Math.abs((repaired ? planarArea(repaired) : 0) - planarArea(zone.geometry)),
			reason,
			detail: `zone ${zone.id} is not a valid polygon (${reason})`
		});
	});

	const boundary = toGridRegion(partition.boundary).rings;
	const leftover = uncancelledEdges(
		regions.map((r) => r.rings),
		boundary
	);
	if (leftover.length > 0) {
		const shapes = partition.zones.map((zone, i) => zoneShape(zone.id, regions[i]!.rings));
		const ids = (indices: number[]) => indices.map((i) => shapes[i]!.id);
		// An overlap has two zones over it and an outside piece one (a zone overlapping itself
		// is reported as invalid): a piece without them is an artefact of a mis-filled sweep.
		const report = (
			kind: PartitionProblem['kind'],
			region: Paths64,
			owners: (p: Paths64) => string[],
			minOwners = 0
		) => {
			for (const piece of splitPieces(region)) {
				if (isNoise(piece) || areaM2(piece) < minArea) continue;
				const zoneIds = owners(piece);
				if (zoneIds.length >= minOwners) problems.push(problem(kind, piece, zoneIds));
			}
		};
		// Winding of the leftover = zones covering a point − boundary covering it.
		const winding = windingRegions(leftover);
		const surplus = winding.positive;
		const { inside, outside } = splitByRegionChecked(
			surplus,
			boxOf(surplus),
			boundaryIndex(partition.boundary, boundary)
		);
		report('overlap', inside, (piece) => ids(findCoveringZones(piece, shapes)), 2);
		report('gap', winding.negative, (piece) =>
			ids(rankNeighbours(piece, shapes).map((n) => n.index))
		);
		report('outside', outside, (piece) => ids(findCoveringZones(piece, shapes)), 1);
	}
	return problems.sort(
		(a, b) =>
			KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
			b.area - a.area ||
			compareIds(a.zoneIds.join(), b.zoneIds.join())
	);
}

function problem(
	kind: PartitionProblem['kind'],
	piece: Paths64,
	zoneIds: string[]
): PartitionProblem {
	const geometry = toZoneGeometry(piece);
	const area = geometry ? planarArea(geometry) : 0;
	return {
		kind,
		zoneIds,
		geometry,
		area,
		reason: null,
		detail: `${kind} of ${area.toFixed(3)} m² (zones: ${zoneIds.join(', ') || 'none'})`
	};
}

const indexCache = new WeakMap<object, RegionIndex>();

/** The boundary's edge index, built once per boundary object (it rarely changes). */
function boundaryIndex(key: object, rings: Paths64): RegionIndex {
	let index = indexCache.get(key);
	if (!index) {
		index = new RegionIndex(rings);
		indexCache.set(key, index);
	}
	return index;
}
