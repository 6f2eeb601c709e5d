import { boxOf } from './geometry/box';
import { pathsArea } from './geometry/paths-area';
import type { RegionIndex } from './geometry/region-index';
import { splitByRegion } from './geometry/split-by-region';
import { UNITS_PER_METRE } from './geometry/to-paths';
import { mainKeyOf, type AreaLedger } from './account';
import type { DraftConflict, WorkFeature } from './work-feature';

const M2 = UNITS_PER_METRE ** 2;

/**
 * Step 3 (plan-standards §5 R3, "tilhørende planelement må ligge innenfor planområdet"):
 * cuts every land-use and zone feature to the new municipality. Parts outside are reported
 * ('outside-new-boundary') and leave the plan; they are not part of the account, which is
 * about the area inside the boundary, so land use enters the account here as `before`.
 * Returns the features that still have area.
 * @example const inside = clipToBoundary(features, new RegionIndex(boundary), ledger, conflicts)
 */
export function clipToBoundary(
	features: WorkFeature[],
	boundary: RegionIndex,
	ledger: AreaLedger,
	conflicts: DraftConflict[]
): WorkFeature[] {
	const kept: WorkFeature[] = [];
	for (const feature of features) {
		const { inside, outside } = splitByRegion(feature.shape, feature.box, boundary);
		const outsideArea = pathsArea(outside);
		if (outsideArea > 0) {
			conflicts.push({
				type: 'outside-new-boundary',
				rule: 'clipped-to-new-boundary',
				municipalities: [feature.municipality],
				sourceObjects: [feature],
				shape: outside,
				area: outsideArea / M2,
				target: null,
				detail: `${(outsideArea / M2).toFixed(2)} m² outside the new municipality; removed`
			});
		}
		const insideArea = pathsArea(inside);
		if (feature.kind === 'landuse') {
			ledger.add(feature.municipality, mainKeyOf(feature), 'before', insideArea);
		}
		if (insideArea > 0) kept.push({ ...feature, shape: inside, box: boxOf(inside) });
	}
	return kept;
}
