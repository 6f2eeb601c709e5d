import type { Paths64 } from 'clipper2-ts';
import { pathsArea } from '../merge/geometry/paths-area';
import { splitChecked } from './checked-overlay';
import { nearbyShapes, type ZoneShape } from './zone-shape';

/**
 * Indices of the zones that cover part of a piece (a positive-area intersection), in input
 * order. Only zones whose boxes touch the piece are intersected.
 * @example findCoveringZones(overlapPiece, shapes) // [0, 1]
 */
export function findCoveringZones(piece: Paths64, shapes: readonly ZoneShape[]): number[] {
	return nearbyShapes(piece, shapes).filter(
		(i) => pathsArea(splitChecked(piece, shapes[i]!.shape).inside) > 0
	);
}
