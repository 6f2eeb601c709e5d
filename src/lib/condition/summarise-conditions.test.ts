import { describe, expect, it } from 'vitest';
import { summariseConditions, type ConditionInput } from './summarise-conditions';

const b = (condition: ConditionInput['condition'], bta: number | null): ConditionInput =>
	Object.freeze({ condition, bta });

describe('summariseConditions', () => {
	it('counts buildings and sums BTA per grade', () => {
		// TG1: 1 building, 500 m²; TG2: 2 buildings, 1 000 + 3 000 = 4 000 m²; TG3: 1, 2 000 m²
		const summary = summariseConditions([b(2, 1000), b(1, 500), b(3, 2000), b(2, 3000)]);
		expect(summary.count).toEqual({ 0: 0, 1: 1, 2: 2, 3: 1 });
		expect(summary.bta).toEqual({ 0: 0, 1: 500, 2: 4000, 3: 2000 });
		// TG2 + TG3: 3 buildings, 4 000 + 2 000 = 6 000 m²
		expect(summary.needsAction).toEqual({ count: 3, bta: 6000 });
	});

	it('keeps ungraded buildings apart and reports graded ones without BTA', () => {
		const summary = summariseConditions([b(null, 800), b(null, null), b(3, null), b(0, 100)]);
		expect(summary.ungraded).toEqual({ count: 2, bta: 800 });
		expect(summary.gradedWithoutBta).toBe(1);
		expect(summary.count[3]).toBe(1);
		expect(summary.bta[3]).toBe(0);
	});

	it('is all zeros for no buildings', () => {
		const summary = summariseConditions([]);
		expect(summary.needsAction).toEqual({ count: 0, bta: 0 });
		expect(Object.values(summary.count)).toEqual([0, 0, 0, 0]);
	});
});
