import type { Paths64 } from 'clipper2-ts';
import { meanWidth } from '../merge/geometry/mean-width';
import { splitPieces } from '../merge/geometry/split-pieces';
import { splitChecked, unionDisjoint } from './checked-overlay';
import { findCoveringZones } from './find-covering-zones';
import { compareIds, rankNeighbours } from './rank-neighbours';
import { uncancelledEdges } from './uncancelled-edges';
import { windingRegions } from './winding-regions';
import { reshape, type WorkZone } from './work-zone';

/**
 * Pieces narrower than this (metres, mean width) left after the fix are drift, not drawing:
 * each overlay rounds its new crossings to the 1 mm grid, and a crossing computed from
 * already rounded crossings can land a few millimetres off (2 mm seen in fuzzing).
 */
const DRIFT_WIDTH_METRES = 0.01;
const MAX_ROUNDS = 3;

/**
 * Removes the hairline overlaps and gaps that chains of overlays leave between zones whose
 * borders were computed separately: an overlap hairline stays with one zone (by id), a gap
 * hairline joins the zone with the longest border. They are not listed as changes: nobody
 * drew them, and nobody could see them. Zones must already lie inside the boundary.
 * @example healDrift(work, boundary)
 */
export function healDrift(work: WorkZone[], boundary: Paths64): void {
	for (let round = 0; round < MAX_ROUNDS; round++) {
		const leftover = uncancelledEdges(
			work.map((w) => w.shape),
			boundary
		);
		if (leftover.length === 0) return;
		const winding = windingRegions(leftover);
		const overlaps = hairlines(winding.positive);
		const gaps = hairlines(winding.negative);
		if (overlaps.length === 0 && gaps.length === 0) return;
		for (const piece of overlaps) {
			const [keeper, ...others] = findCoveringZones(piece, work).sort((a, b) =>
				compareIds(work[a]!.id, work[b]!.id)
			);
			if (keeper === undefined) continue;
			for (const i of others) {
				reshape(work[i]!, splitChecked(work[i]!.shape, piece).outside);
			}
		}
		for (const piece of gaps) {
			const receiver = rankNeighbours(piece, work)[0];
			if (!receiver) continue;
			const zone = work[receiver.index]!;
			reshape(zone, unionDisjoint(zone.shape, piece));
		}
	}
}

function hairlines(region: Paths64): Paths64[] {
	return splitPieces(region).filter((piece) => meanWidth(piece) < DRIFT_WIDTH_METRES);
}
