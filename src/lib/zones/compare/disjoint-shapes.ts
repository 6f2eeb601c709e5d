import type { Paths64 } from 'clipper2-ts';
import { boxOf, boxesTouch } from '../../merge/geometry/box';
import { RegionIndex } from '../../merge/geometry/region-index';
import { splitByRegionChecked } from '../checked-overlay';
import { toGridRegion } from '../to-grid-region';
import { isNoise } from '../zone-shape';
import type { Zone } from '../types';

/**
 * The zones of one proposal on the 1 mm grid, made disjoint: where two overlap (a draft may
 * be saved with overlaps), the earlier zone keeps the overlap. Each point then has at most
 * one zone per proposal, so the comparison's pieces never overlap and their areas add up.
 * For a proper partition nothing is taken away; the overlays only re-confirm shared borders.
 * @example disjointShapes(proposal.zones).map((r) => r.shape)
 */
export function disjointShapes(zones: readonly Zone[]): RegionIndex[] {
	const out: RegionIndex[] = [];
	for (const zone of zones) {
		let shape: Paths64 = toGridRegion(zone.geometry).rings;
		for (const earlier of out) {
			const box = boxOf(shape);
			if (!box) break;
			if (!earlier.box || !boxesTouch(box, earlier.box)) continue;
			const split = splitByRegionChecked(shape, box, earlier);
			// A sub-millimetre overlap is rounding; keeping the shape as drawn avoids drift.
			if (!isNoise(split.inside)) shape = split.outside;
		}
		out.push(new RegionIndex(shape));
	}
	return out;
}
