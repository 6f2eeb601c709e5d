import type { Paths64 } from 'clipper2-ts';
import { sharedBorderLength } from '../merge/geometry/shared-border-length';
import { nearbyShapes, type ZoneShape } from './zone-shape';

/** A zone bordering a piece and how long their common border is. */
export interface Neighbour {
	index: number;
	/** Metres of shared border. */
	border: number;
}

/**
 * The zones sharing a border with a piece, longest border first, ties by zone id (so the
 * result does not depend on the order the zones were drawn). Zones that only touch the piece
 * at a point are not neighbours.
 * @example rankNeighbours(sliver, shapes)[0] // the zone the sliver should join
 */
export function rankNeighbours(
	piece: Paths64,
	shapes: readonly ZoneShape[],
	exclude: ReadonlySet<number> = new Set()
): Neighbour[] {
	return nearbyShapes(piece, shapes)
		.filter((i) => !exclude.has(i))
		.map((index) => ({ index, border: sharedBorderLength(piece, shapes[index]!.shape) }))
		.filter((n) => n.border > 0)
		.sort(
			(a, b) =>
				compareBorders(a.border, b.border) || compareIds(shapes[a.index]!.id, shapes[b.index]!.id)
		);
}

/** Longer first; lengths within 1 mm are a tie (they were summed from rounded edges). */
function compareBorders(a: number, b: number): number {
	return Math.abs(a - b) <= 0.001 ? 0 : b - a;
}

/**
 * Code-unit order of ids, the tie-break every fix rule uses.
 * @example compareIds('a', 'b') // -1
 */
export function compareIds(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
