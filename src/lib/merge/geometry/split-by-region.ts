import { Clipper, FillRule, type Paths64 } from 'clipper2-ts';
import type { Box } from './box';
import type { RegionIndex } from './region-index';

/** A region cut in two by another: the part inside it and the part outside. */
export interface RegionSplit {
	inside: Paths64;
	outside: Paths64;
}

/**
 * Cuts `shape` by a region. When the region's edge index proves the shape's box lies wholly
 * inside or outside, no overlay runs (the common case: most features are far from a
 * border); otherwise Clipper intersects and subtracts against the whole region, never a
 * locally cut copy, so neighbouring features are cut along exactly the same rounded edges.
 * @example splitByRegion(feature.shape, feature.box, new RegionIndex(territory))
 */
export function splitByRegion(shape: Paths64, box: Box | null, region: RegionIndex): RegionSplit {
	if (!box) return { inside: [], outside: [] };
	const placement = region.classify(box);
	if (placement === 'inside') return { inside: shape, outside: [] };
	if (placement === 'outside') return { inside: [], outside: shape };
	return {
		inside: Clipper.intersect(shape, region.shape, FillRule.NonZero),
		outside: Clipper.difference(shape, region.shape, FillRule.NonZero)
	};
}
