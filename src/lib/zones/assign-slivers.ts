import type { Paths64 } from 'clipper2-ts';
import { pathsArea } from '../merge/geometry/paths-area';
import { splitPieces } from '../merge/geometry/split-pieces';
import { unionDisjoint } from './checked-overlay';
import { rankNeighbours } from './rank-neighbours';
import type { FixChange } from './types';
import { describe, isSliver, reshape, type SliverOptions, type WorkZone } from './work-zone';

/**
 * Gives every gap piece that is a sliver (narrower than `sliverWidth` or smaller than
 * `minArea`) to the zone sharing the longest border with it, ties by id, and reports the
 * others as kept: a large gap may be a place nobody has claimed yet, which is the planner's
 * call. Pieces are handled largest first, each against the zones as already grown.
 * @example assignGapSlivers(work, gaps, { sliverWidth: 5, minArea: 100 })
 */
export function assignGapSlivers(
	work: WorkZone[],
	gaps: Paths64,
	options: SliverOptions
): FixChange[] {
	const changes: FixChange[] = [];
	for (const piece of bySize(splitPieces(gaps))) {
		const neighbours = rankNeighbours(piece, work);
		const receiver = neighbours[0];
		if (receiver && isSliver(piece, options)) {
			const zone = work[receiver.index]!;
			reshape(zone, unionDisjoint(zone.shape, piece));
			push(changes, describe('sliver-assigned', [zone.id], piece));
		} else {
			push(
				changes,
				describe(
					'gap-kept',
					neighbours.map((n) => work[n.index]!.id),
					piece
				)
			);
		}
	}
	return changes;
}

/**
 * Moves the fragments the fix has cut off a zone (a strip left beside a clipped edge, a
 * corner cut off by an overlap) to the neighbour with the longest border when they are
 * slivers. The zone's largest part always stays, and zones the fix did not touch keep their
 * parts as drawn (a small island is a legitimate part of a zone).
 * @example assignFragmentSlivers(work, { sliverWidth: 5, minArea: 100 })
 */
export function assignFragmentSlivers(work: WorkZone[], options: SliverOptions): FixChange[] {
	const changes: FixChange[] = [];
	work.forEach((zone, index) => {
		if (!zone.touched) return;
		const [main, ...rest] = bySize(splitPieces(zone.shape));
		if (!main || rest.length === 0) return;
		const kept: Paths64 = [...main];
		let gave = false;
		for (const part of rest) {
			const receiver = isSliver(part, options)
				? rankNeighbours(part, work, new Set([index]))[0]
				: undefined;
			if (!receiver) {
				kept.push(...part);
				continue;
			}
			const other = work[receiver.index]!;
			reshape(other, unionDisjoint(other.shape, part));
			push(changes, describe('sliver-assigned', [other.id, zone.id], part));
			gave = true;
		}
		if (gave) reshape(zone, kept);
	});
	return changes;
}

function bySize(pieces: Paths64[]): Paths64[] {
	return pieces.sort((a, b) => pathsArea(b) - pathsArea(a));
}

function push(changes: FixChange[], change: FixChange | null): void {
	if (change) changes.push(change);
}
