import { MergeError, ReasonMergeFailed } from '../errors';
import type { MergeInput } from './types';

/**
 * Refuses input the rules cannot give a deterministic answer for: two plans for one old
 * municipality (which plan applies "for hvert sitt område" would be ambiguous, plan-standards
 * §8), a plan whose municipality has no territory, or repeated object ids within a plan
 * (ties are broken by objectId, so ids must be unique; `ensureUniqueIds` makes them so on import).
 * @example checkInput({ plans, territories, boundary }) // throws MergeError or returns
 */
export function checkInput(input: MergeInput): void {
	const seen = new Set<string>();
	for (const plan of input.plans) {
		if (seen.has(plan.municipality)) {
			throw new MergeError(
				ReasonMergeFailed,
				`two plans for municipality ${plan.municipality}; give one plan per old municipality`
			);
		}
		seen.add(plan.municipality);
		if (!input.territories[plan.municipality]) {
			throw new MergeError(
				ReasonMergeFailed,
				`no territory for municipality ${plan.municipality} (plan ${plan.planId})`
			);
		}
		const ids = new Set<string>();
		for (const feature of plan.features) {
			const id = feature.properties.objectId;
			if (ids.has(id)) {
				throw new MergeError(
					ReasonMergeFailed,
					`object id ${id} occurs twice in plan ${plan.planId}`,
					{
						feature: id
					}
				);
			}
			ids.add(id);
		}
	}
}
