import { Clipper, FillRule } from 'clipper2-ts';
import { pathsArea } from './geometry/paths-area';
import { UNITS_PER_METRE } from './geometry/to-paths';
import { label, type DraftConflict, type WorkFeature } from './work-feature';

const M2 = UNITS_PER_METRE ** 2;

/**
 * Step 7, first half. Hensynssoner may overlap each other and the land use (PBL § 11-8:
 * "Det kan angis flere soner for samme areal", plan-standards §5 R15), so overlaps are kept;
 * but two zones with the same code and identical geometry are one zone twice (R14: identical
 * geometry must have different codes). The first in (municipality, objectId) order is kept
 * and each repeat reported ('duplicate-zone'). Identity is exact on the 1 mm grid: equal
 * code, equal area and box, and an empty symmetric difference.
 * @example dedupeZones(zones, conflicts).length
 */
export function dedupeZones(zones: WorkFeature[], conflicts: DraftConflict[]): WorkFeature[] {
	const groups = new Map<string, WorkFeature[]>();
	const kept: WorkFeature[] = [];
	for (const zone of zones) {
		const area = pathsArea(zone.shape);
		const b = zone.box;
		const key = [zone.codeList, zone.code, area, b?.minX, b?.minY, b?.maxX, b?.maxY].join('|');
		const group = groups.get(key) ?? [];
		const original = group.find(
			(other) => pathsArea(Clipper.xor(other.shape, zone.shape, FillRule.NonZero)) === 0
		);
		if (original) {
			conflicts.push({
				type: 'duplicate-zone',
				rule: 'zone-deduplicated',
				municipalities: [...new Set([original.municipality, zone.municipality])].sort(),
				sourceObjects: [original, zone],
				shape: zone.shape,
				area: area / M2,
				target: { rank: original.rank, piece: zone.shape },
				detail: `same code ${zone.code ?? 'null'} and geometry as ${label(original)}; ${label(zone)} dropped`
			});
			continue;
		}
		group.push(zone);
		groups.set(key, group);
		kept.push(zone);
	}
	return kept;
}
