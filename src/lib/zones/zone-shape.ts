import type { Paths64 } from 'clipper2-ts';
import { boxOf, boxesTouch, type Box } from '../merge/geometry/box';
import { meanWidth } from '../merge/geometry/mean-width';
import { pathsArea } from '../merge/geometry/paths-area';
import { UNITS_PER_METRE } from '../merge/geometry/to-paths';

/*
 * A zone on the 1 mm grid, as the checking and fixing overlays see it, with the piece
 * measures they decide by. Reported areas are recomputed with `planarArea` on the GeoJSON.
 */

/** Pieces narrower than this (metres, mean width) are rounding to the 1 mm grid, not drawing. */
export const NOISE_WIDTH_METRES = 0.001;

export interface ZoneShape {
	id: string;
	shape: Paths64;
	box: Box | null;
}

/**
 * A zone's region with its bounding box, for the box pre-filter of the overlays.
 * @example zoneShape('a', diagnoseGeometry(zone.geometry).shape)
 */
export function zoneShape(id: string, shape: Paths64): ZoneShape {
	return { id, shape, box: boxOf(shape) };
}

/**
 * Area in m² of a grid region (exact on the grid).
 * @example areaM2([[{ x: 0, y: 0 }, { x: 1000, y: 0 }, { x: 1000, y: 1000 }, { x: 0, y: 1000 }]]) // 1
 */
export function areaM2(shape: Paths64): number {
	return pathsArea(shape) / UNITS_PER_METRE ** 2;
}

/**
 * Whether a piece is grid rounding rather than something drawn: empty, or thinner on
 * average than 1 mm (a sliver left where two overlays rounded a crossing differently).
 * @example isNoise(strip0_3mmBy1km) // true
 */
export function isNoise(piece: Paths64): boolean {
	return pathsArea(piece) <= 0 || meanWidth(piece) < NOISE_WIDTH_METRES;
}

/**
 * Indices of the shapes whose boxes touch the piece's box: the candidates worth an overlay.
 * @example nearbyShapes(piece, shapes) // [0, 3]
 */
export function nearbyShapes(piece: Paths64, shapes: readonly ZoneShape[]): number[] {
	const box = boxOf(piece);
	if (!box) return [];
	const out: number[] = [];
	shapes.forEach((s, i) => {
		if (s.box && boxesTouch(box, s.box)) out.push(i);
	});
	return out;
}
