import type { BuildingAttributes, ConditionGrade } from '../buildings/types';
import { isPositive } from '../efficiency/ratio';
import { needsAction } from './ns3424';

export type ConditionInput = Pick<BuildingAttributes, 'condition' | 'bta'>;

/** A TG distribution by number of buildings and by floor area. */
export interface ConditionSummary {
	count: Record<ConditionGrade, number>;
	/** m² BTA per grade, over graded buildings with a known BTA. */
	bta: Record<ConditionGrade, number>;
	/** Buildings without a grade, and their known BTA. */
	ungraded: { count: number; bta: number };
	/** Graded buildings whose BTA is unknown: in `count`, missing from `bta`. */
	gradedWithoutBta: number;
	/** TG2 + TG3. */
	needsAction: { count: number; bta: number };
}

/**
 * Counts buildings and sums BTA per NS 3424 grade, so the UI can show both "how many
 * buildings" and "how much floor area" is in poor condition.
 * @example summariseConditions([{ condition: 2, bta: 1000 }]).needsAction // { count: 1, bta: 1000 }
 */
export function summariseConditions(buildings: Iterable<ConditionInput>): ConditionSummary {
	const summary: ConditionSummary = {
		count: { 0: 0, 1: 0, 2: 0, 3: 0 },
		bta: { 0: 0, 1: 0, 2: 0, 3: 0 },
		ungraded: { count: 0, bta: 0 },
		gradedWithoutBta: 0,
		needsAction: { count: 0, bta: 0 }
	};
	for (const { condition, bta } of buildings) {
		const area = isPositive(bta) ? bta : 0;
		if (condition === null) {
			summary.ungraded.count++;
			summary.ungraded.bta += area;
			continue;
		}
		summary.count[condition]++;
		summary.bta[condition] += area;
		if (!isPositive(bta)) summary.gradedWithoutBta++;
		if (needsAction(condition)) {
			summary.needsAction.count++;
			summary.needsAction.bta += area;
		}
	}
	return summary;
}
