import { MergeError, ReasonMergeFailed } from '../errors';
import { RegionIndex } from './geometry/region-index';
import { pathsArea } from './geometry/paths-area';
import { repairGeometry } from './geometry/repair-geometry';
import { AreaLedger } from './account';
import { assignSlivers } from './assign-slivers';
import { buildOutput } from './build-output';
import { checkInput } from './check-input';
import { clipToBoundary } from './clip-to-boundary';
import { clipToTerritory } from './clip-to-territory';
import { finaliseConflicts } from './conflicts';
import { dedupeZones } from './dedupe-zones';
import { prepareFeatures } from './prepare-features';
import { publicOptions, resolveOptions } from './resolve-options';
import { resolveOverlaps } from './resolve-overlaps';
import type { MergeInput, MergeOptions, MergeResult } from './types';
import type { DraftConflict } from './work-feature';

/**
 * Merges the old municipalities' land-use plans into one provisional plan for the new
 * municipality, by the rules in ./README.md (plan-standards §5): harmonise codes, repair
 * geometry, clip to the new boundary and to each plan's own old municipality, give each
 * overlap to the feature with the longest border, give slivers to the neighbour with the
 * longest border and mark other gaps 'Uavklart', carry the zones over without duplicates.
 * All geometry is integer (1 mm grid, Clipper2), so the result is exact and the same on
 * every backend; every change is a conflict and the area account proves nothing was lost.
 * Pure: the input is not modified. Throws MergeError (merge-failed) for unusable input.
 * @example
 * const result = mergePlans({ plans, territories, boundary }, { identity, harmonise: harmoniseCode });
 * result.account.imbalancePerKm2 // ≤ 1
 */
export function mergePlans(input: MergeInput, options?: Partial<MergeOptions>): MergeResult {
	const resolved = resolveOptions(options);
	checkInput(input);
	const boundaryShape = repairGeometry(input.boundary).shape;
	const boundaryArea = pathsArea(boundaryShape);
	if (boundaryArea <= 0) throw new MergeError(ReasonMergeFailed, 'the new boundary has no area');
	const boundary = new RegionIndex(boundaryShape);
	const territories = new Map(
		Object.keys(input.territories)
			.sort()
			.map((m) => [m, new RegionIndex(repairGeometry(input.territories[m]!).shape)] as const)
	);
	const ledger = new AreaLedger();
	const prepared = prepareFeatures(input, resolved);
	const conflicts: DraftConflict[] = [...prepared.conflicts];
	const inside = clipToBoundary(prepared.features, boundary, ledger, conflicts);
	const own = clipToTerritory(
		inside.filter((f) => f.kind === 'landuse'),
		territories,
		ledger,
		conflicts
	);
	const landuse = resolveOverlaps(own, ledger, conflicts);
	const gaps = assignSlivers(
		landuse,
		boundary,
		territories,
		resolved,
		prepared.rankCount,
		ledger,
		conflicts
	);
	const zones = dedupeZones(
		inside.filter((f) => f.kind === 'zone'),
		conflicts
	);
	const output = buildOutput(gaps.features, gaps.unresolved, zones, resolved.identity, ledger);
	return {
		features: output.features,
		zones: output.zones,
		conflicts: finaliseConflicts(conflicts, output.parts),
		account: ledger.toAccount(boundaryArea),
		options: publicOptions(resolved)
	};
}
