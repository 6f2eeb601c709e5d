import type { Paths64 } from 'clipper2-ts';
import { planarArea } from '../geometry/area';
import { boxOf } from '../merge/geometry/box';
import { meanWidth } from '../merge/geometry/mean-width';
import { toZoneGeometry } from './to-zone-geometry';
import type { FixChange } from './types';
import { areaM2, isNoise, type ZoneShape } from './zone-shape';

/** A zone while `fixPartition` works on it. */
export interface WorkZone extends ZoneShape {
	/** Whether the fix changed its shape (untouched zones are returned as they were). */
	touched: boolean;
}

/** The thresholds below which a piece is a sliver that joins a neighbour. */
export interface SliverOptions {
	/** Metres of mean width (2·area/perimeter). */
	sliverWidth: number;
	/** m². */
	minArea: number;
}

/**
 * Replaces a work zone's shape and marks it changed.
 * @example reshape(zone, Clipper.difference(zone.shape, cell, FillRule.NonZero))
 */
export function reshape(zone: WorkZone, shape: Paths64): void {
	zone.shape = shape;
	zone.box = boxOf(shape);
	zone.touched = true;
}

/**
 * Whether a piece is narrower than `sliverWidth` on average or smaller than `minArea`.
 * @example isSliver(strip2mBy1km, { sliverWidth: 5, minArea: 100 }) // true
 */
export function isSliver(piece: Paths64, options: SliverOptions): boolean {
	return meanWidth(piece) < options.sliverWidth || areaM2(piece) < options.minArea;
}

/**
 * A change entry for a piece, or null for rounding noise (thinner than 1 mm), which is
 * applied but not listed: the planner could not see it and `checkPartition` ignores it.
 * @example describe('clipped', ['a'], outsidePiece)
 */
export function describe(
	kind: FixChange['kind'],
	zoneIds: string[],
	piece: Paths64
): FixChange | null {
	if (isNoise(piece)) return null;
	const geometry = toZoneGeometry(piece);
	return geometry && { kind, zoneIds, area: planarArea(geometry), geometry };
}
