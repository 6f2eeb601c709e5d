import { describe, expect, it } from 'vitest';
import { landuse, rect } from './fixtures/make-feature';
import { mergePlans } from './merge-plans';
import type { MergeInput } from './types';

const identity = {
	municipality: '3025',
	planId: '3025KPA2020',
	name: 'Test',
	status: 'foreløpig' as const
};

/** One 1 000 × 1 000 m plan whose western half has status 3 (videreutvikling, PBL 1985 only). */
function input(): MergeInput {
	const territory = rect(0, 0, 1000, 1000);
	return {
		plans: [
			{
				municipality: '0628',
				planId: '2007001',
				name: 'Hurum',
				features: [
					landuse('W', rect(0, 0, 500, 1000), { status: 3 }),
					landuse('E', rect(500, 0, 1000, 1000), { status: 2 })
				]
			}
		],
		territories: { '0628': territory },
		boundary: territory
	};
}

describe('mergePlans: arealbruksstatus', () => {
	it('keeps every status when no status rule is given', () => {
		const result = mergePlans(input(), { identity });
		expect(result.features.map((f) => f.properties.status).sort()).toEqual([2, 3]);
		expect(result.conflicts.filter((c) => c.type === 'harmonised-code')).toEqual([]);
	});

	it('maps status 3 with the injected rule and reports it with the area of the feature', () => {
		const result = mergePlans(input(), {
			identity,
			harmoniseStatus: (status) =>
				status === 3
					? { status: 1, judgement: 'finnes ikke etter pbl 2008' }
					: { status, judgement: null }
		});
		expect(result.features.map((f) => f.properties.status).sort()).toEqual([1, 2]);
		const [conflict, ...others] = result.conflicts.filter((c) => c.type === 'harmonised-code');
		expect(others).toEqual([]);
		expect(conflict).toMatchObject({
			rule: 'code-harmonised',
			sourceObjects: [{ municipality: '0628', objectId: 'W' }]
		});
		// 500 m × 1 000 m.
		expect(conflict!.area).toBeCloseTo(500_000, 2);
		expect(conflict!.detail).toContain('arealbruksstatus 3 -> 1');
	});
});
