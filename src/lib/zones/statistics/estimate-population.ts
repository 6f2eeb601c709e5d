import type { Paths64 } from 'clipper2-ts';
import type { Box } from '../../merge/geometry/box';
import { PointIndex } from './point-index';
import { addCounts, emptyCounts } from './population-counts';
import { overlapAreas, prepareRegions, type PreparedRegion } from './prepare-regions';
import type { PopulationEstimate, PopulationMethod, PopulationSource } from './types';

/**
 * Estimates the people of one zone given on the grid. `known` are the zone's overlap areas
 * with the regions passed as `reuse`, when the caller has them already.
 */
export type PopulationEstimator = (
	rings: Paths64,
	box: Box | null,
	known?: readonly number[]
) => PopulationEstimate;

/** Regions already prepared for the same geometries (the old municipalities), to overlay once. */
export interface ReusableRegions {
	geometries: readonly object[];
	regions: readonly PreparedRegion[];
}

/**
 * Prepares a population source once and returns the estimator the statistics call per zone.
 * Areas (old municipalities now, grunnkrets later) are apportioned by area: a zone covering a
 * quarter of a municipality gets a quarter of its people in every age band, which assumes
 * people are spread evenly within each area; the finer the areas, the truer that is. Points
 * are counted whole in the zone they lie in. Either way the estimate has the same shape.
 * @example createPopulationEstimator(inputs.population)(zone.rings, zone.box).counts.total
 */
export function createPopulationEstimator(
	source: PopulationSource,
	reuse?: ReusableRegions
): PopulationEstimator {
	const years = source.kind === 'areas' ? source.areas : source.points;
	const method: PopulationMethod = {
		kind: source.kind === 'areas' ? 'area-apportioned' : 'points',
		unit: source.unit,
		source: source.source,
		years: [...new Set(years.map((item) => item.year))].sort((a, b) => a - b)
	};
	if (source.kind === 'points') {
		const index = new PointIndex(source.points.map((p) => p.position));
		return (rings, box) => {
			const counts = emptyCounts();
			for (const i of index.within(rings, box)) addCounts(counts, source.points[i]!.counts);
			return { counts, method };
		};
	}
	// Population per old municipality uses the very polygons the shares do: one overlay serves both.
	const same =
		reuse !== undefined &&
		reuse.geometries.length === source.areas.length &&
		source.areas.every((a, i) => a.geometry === reuse.geometries[i]);
	const regions = same ? reuse.regions : prepareRegions(source.areas);
	return (rings, box, known) => {
		const counts = emptyCounts();
		const areas = same && known ? known : overlapAreas(rings, box, regions);
		areas.forEach((area, i) => {
			const whole = regions[i]!.area;
			if (area > 0 && whole > 0) addCounts(counts, source.areas[i]!.counts, area / whole);
		});
		return { counts, method };
	};
}
