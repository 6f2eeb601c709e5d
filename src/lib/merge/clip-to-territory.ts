import { boxOf } from './geometry/box';
import { pathsArea } from './geometry/paths-area';
import type { RegionIndex } from './geometry/region-index';
import { splitByRegion } from './geometry/split-by-region';
import { UNITS_PER_METRE } from './geometry/to-paths';
import { mainKeyOf, type AreaLedger } from './account';
import { areaByTerritory } from './area-by-territory';
import type { DraftConflict, WorkFeature } from './work-feature';

const M2 = UNITS_PER_METRE ** 2;

/**
 * Step 4: each plan applies only in its own old municipality until a new plan is adopted
 * ("de gamle kommuneplanene gjelder for hvert sitt område", plan-standards §8). Land use is
 * cut to its plan's territory; the part inside the new boundary but outside the territory
 * is reported ('outside-own-municipality', naming the municipalities it reached into) and
 * counted as `clipped`. Zones are not cut here (step 7). Returns land use that kept area.
 * @example clipToTerritory(landuse, territoryIndexes, ledger, conflicts)
 */
export function clipToTerritory(
	features: WorkFeature[],
	territories: Map<string, RegionIndex>,
	ledger: AreaLedger,
	conflicts: DraftConflict[]
): WorkFeature[] {
	const kept: WorkFeature[] = [];
	for (const feature of features) {
		const own = territories.get(feature.municipality);
		if (!own) continue;
		const { inside, outside } = splitByRegion(feature.shape, feature.box, own);
		const outsideArea = pathsArea(outside);
		if (outsideArea > 0) {
			ledger.add(feature.municipality, mainKeyOf(feature), 'clipped', outsideArea);
			const reached = areaByTerritory(outside, territories)
				.map((t) => t.municipality)
				.filter((m) => m !== feature.municipality);
			conflicts.push({
				type: 'outside-own-municipality',
				rule: 'clipped-to-own-municipality',
				municipalities: [feature.municipality, ...reached].sort(),
				sourceObjects: [feature],
				shape: outside,
				area: outsideArea / M2,
				target: null,
				detail: `${(outsideArea / M2).toFixed(2)} m² outside ${feature.municipality}${
					reached.length > 0 ? ` (in ${reached.join(', ')})` : ''
				}; removed`
			});
		}
		if (pathsArea(inside) > 0) kept.push({ ...feature, shape: inside, box: boxOf(inside) });
	}
	return kept;
}
