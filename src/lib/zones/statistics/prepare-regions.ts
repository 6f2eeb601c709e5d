import type { MultiPolygon, Polygon } from 'geojson';
import type { Paths64 } from 'clipper2-ts';
import { boxOf, boxesTouch, type Box } from '../../merge/geometry/box';
import { pathsArea } from '../../merge/geometry/paths-area';
import { RegionIndex } from '../../merge/geometry/region-index';
import { splitByRegionChecked } from '../checked-overlay';
import { toGridRegion } from '../to-grid-region';

/** A statistical area on the 1 mm grid, ready to be overlaid with zones. */
export interface PreparedRegion {
	id: string;
	index: RegionIndex;
	/** mm², after overlaps with earlier regions were taken out. */
	area: number;
}

/**
 * Statistical areas on the grid, made disjoint: where two overlap, the earlier one in the list
 * keeps the overlap. The shipped 2019 municipality polygons are generalised and overlap each
 * other by about 0.1 km² (geodata/municipalities/SOURCE.md); counted twice, a zone's shares
 * would add up to more than 100 %. Each area's own size is then the one its people are spread
 * over, so the zones of a full partition still add up to every person exactly once.
 * @example prepareRegions(oldMunicipalities.map((m) => ({ id: m.number, geometry: m.geometry })))
 */
export function prepareRegions(
	items: ReadonlyArray<{ id: string; geometry: Polygon | MultiPolygon }>
): PreparedRegion[] {
	const prepared: PreparedRegion[] = [];
	for (const item of items) {
		let shape = toGridRegion(item.geometry).rings;
		for (const earlier of prepared) {
			const box = boxOf(shape);
			if (!box || !earlier.index.box || !boxesTouch(box, earlier.index.box)) continue;
			shape = splitByRegionChecked(shape, box, earlier.index).outside;
		}
		prepared.push({ id: item.id, index: new RegionIndex(shape), area: pathsArea(shape) });
	}
	return prepared;
}

/**
 * mm² of a shape inside each region, in the regions' order. A box the region's edge index
 * proves wholly inside or outside needs no overlay; the rest use the checked overlay
 * (clipper2-ts can mis-fill near-collinear edges, see src/lib/zones/README.md).
 * @example overlapAreas(zoneRings, boxOf(zoneRings), regions) // [2.5e12, 0, 0]
 */
export function overlapAreas(
	shape: Paths64,
	box: Box | null,
	regions: readonly PreparedRegion[]
): number[] {
	return regions.map((region) => {
		if (!box) return 0;
		const placement = region.index.classify(box);
		if (placement === 'outside') return 0;
		if (placement === 'inside') return pathsArea(shape);
		return pathsArea(splitByRegionChecked(shape, box, region.index).inside);
	});
}
