import { CANONICAL_SRID } from '../geometry/crs';
import { reprojectGeometry } from '../geometry/reproject';
import type { PlanFeature } from './types';

/**
 * A plan's features moved from the file's CRS to EPSG:25832, where Planbord stores and
 * measures. Properties are shared, not copied: readers hand over fresh objects.
 * @example toCanonicalFeatures(read.features, read.srid)
 */
export function toCanonicalFeatures(features: PlanFeature[], srid: number): PlanFeature[] {
	if (srid === CANONICAL_SRID) return features;
	return features.map((f) => ({
		...f,
		geometry: reprojectGeometry(f.geometry, srid, CANONICAL_SRID)
	}));
}
