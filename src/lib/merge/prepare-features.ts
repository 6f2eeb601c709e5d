import type { PlanFeature } from '../plans/types';
import { boxOf } from './geometry/box';
import { repairGeometry } from './geometry/repair-geometry';
import { UNITS_PER_METRE } from './geometry/to-paths';
import { harmoniseFeature } from './harmonise-feature';
import type { ResolvedOptions } from './resolve-options';
import type { MergeInput } from './types';
import { compareKeys, type DraftConflict, type WorkFeature } from './work-feature';

const M2 = UNITS_PER_METRE ** 2;

/** The features that take part in the merge, in rank order, and what steps 1–2 reported. */
export interface PreparedFeatures {
	features: WorkFeature[];
	conflicts: DraftConflict[];
	/** Number of ranks handed out (dropped features included): the first free rank. */
	rankCount: number;
}

/**
 * Steps 1 and 2: puts land-use and zone features of all plans in one deterministic order
 * (municipality, objectId), harmonises their codes and repairs invalid geometry. Planområde
 * features take no part (they are the validation reference). A feature whose geometry has
 * no area is dropped here, with a conflict, never silently.
 * @example prepareFeatures(input, resolveOptions({ identity })).features[0].rank // 0
 */
export function prepareFeatures(input: MergeInput, options: ResolvedOptions): PreparedFeatures {
	const sources: Array<{ municipality: string; planId: string; feature: PlanFeature }> = [];
	for (const plan of input.plans) {
		for (const feature of plan.features) {
			if (feature.properties.kind === 'planarea') continue;
			sources.push({ municipality: plan.municipality, planId: plan.planId, feature });
		}
	}
	sources.sort((a, b) =>
		compareKeys(
			a.municipality,
			a.feature.properties.objectId,
			b.municipality,
			b.feature.properties.objectId
		)
	);
	const features: WorkFeature[] = [];
	const conflicts: DraftConflict[] = [];
	for (const [rank, { municipality, planId, feature }] of sources.entries()) {
		const repaired = repairGeometry(feature.geometry);
		const harmonised = harmoniseFeature(feature, options.harmonise);
		const status = options.harmoniseStatus(feature.properties.status);
		const work: WorkFeature = {
			rank,
			municipality,
			planId,
			source: feature,
			kind: feature.properties.kind === 'zone' ? 'zone' : 'landuse',
			code: harmonised.code,
			codeList: harmonised.codeList,
			status: status.status,
			shape: repaired.shape,
			box: boxOf(repaired.shape)
		};
		const keep = repaired.area > 0;
		if (harmonised.conflict) {
			conflicts.push({
				...harmonised.conflict,
				municipalities: [municipality],
				sourceObjects: [work],
				shape: null,
				area: repaired.area / M2,
				target: keep ? { rank, piece: null } : null
			});
		}
		if (status.status !== feature.properties.status) {
			const judgement = status.judgement ? `; ${status.judgement}` : '';
			conflicts.push({
				type: 'harmonised-code',
				rule: 'code-harmonised',
				detail: `arealbruksstatus ${feature.properties.status} -> ${status.status}${judgement}`,
				municipalities: [municipality],
				sourceObjects: [work],
				shape: null,
				area: repaired.area / M2,
				target: keep ? { rank, piece: null } : null
			});
		}
		if (repaired.repaired) {
			const drawn = repaired.drawnArea / M2;
			const area = repaired.area / M2;
			conflicts.push({
				type: 'invalid-geometry',
				rule: 'geometry-repaired',
				municipalities: [municipality],
				sourceObjects: [work],
				shape: keep ? repaired.shape : null,
				area: Math.abs(area - drawn),
				target: keep ? { rank, piece: repaired.shape } : null,
				detail: keep
					? `not a valid polygon; repaired by non-zero union: ${round(drawn)} m² as drawn -> ${round(area)} m²`
					: 'no area; dropped'
			});
		}
		if (keep) features.push(work);
	}
	return { features, conflicts, rankCount: sources.length };
}

function round(m2: number): string {
	return m2.toFixed(2);
}
