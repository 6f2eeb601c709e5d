import { describe, expect, it } from 'vitest';
import { deepFreeze } from './fixtures/deep-freeze';
import { landuse, planArea, rect, ring, zone } from './fixtures/make-feature';
import { validatePlan } from './validate-plan';
import type { PlanProblem } from './types';

const summary = (problems: PlanProblem[]) =>
	problems.map((p) => [p.type, p.objectIds.join(','), Math.round(p.area * 100) / 100]);

/** A clean 100 × 100 plan: two land-use halves and its KpOmråde. */
const cleanPlan = () => [
	landuse('1', rect(0, 0, 50, 100)),
	landuse('2', rect(50, 0, 100, 100)),
	planArea('PA', rect(0, 0, 100, 100))
];

describe('validatePlan', () => {
	it('finds nothing in a clean mosaic that fills its plan area', () => {
		expect(validatePlan(deepFreeze(cleanPlan()))).toEqual([]);
	});

	it('reports overlapping land use pairwise with the area (R1/R2)', () => {
		// '3' = [40,60]×[0,10] overlaps '1' in [40,50]×[0,10] and '2' in [50,60]×[0,10]: 100 each.
		const problems = validatePlan(deepFreeze([...cleanPlan(), landuse('3', rect(40, 0, 60, 10))]));
		expect(summary(problems.filter((p) => p.type === 'overlap'))).toEqual([
			['overlap', '1,3', 100],
			['overlap', '2,3', 100]
		]);
	});

	it('reports each gap between the land use and the plan area with its neighbours (R1)', () => {
		// '2' shrunk to [50,100]×[0,90]: gap [50,100]×[90,100] = 500, bordering 1 and 2.
		const features = [landuse('1', rect(0, 0, 50, 100)), landuse('2', rect(50, 0, 100, 90))];
		expect(summary(validatePlan(deepFreeze(features), { planArea: rect(0, 0, 100, 100) }))).toEqual(
			[['gap', '1,2', 500]]
		);
	});

	it('reports land use and zones outside the plan area (R3)', () => {
		// '2' reaches x = 103 (300 m² outside); the zone reaches y = 110 (10 × 10 = 100 outside).
		const features = [
			landuse('1', rect(0, 0, 50, 100)),
			landuse('2', rect(50, 0, 103, 100)),
			zone('Z', rect(20, 90, 30, 110), '570', 'H570_1'),
			planArea('PA', rect(0, 0, 100, 100))
		];
		expect(summary(validatePlan(deepFreeze(features)))).toEqual([
			['outside-plan-area', '2', 300],
			['outside-plan-area', 'Z', 100]
		]);
	});

	it('lets zones overlap land use and each other (PBL § 11-8, R15)', () => {
		const features = [
			...cleanPlan(),
			zone('Z1', rect(10, 10, 60, 60), '570', 'H570_1'),
			zone('Z2', rect(20, 20, 70, 70), '310', 'H310_1')
		];
		expect(validatePlan(deepFreeze(features))).toEqual([]);
	});

	it('reports land use without code or status', () => {
		const features = [
			landuse('1', rect(0, 0, 50, 100), { code: null }),
			landuse('2', rect(50, 0, 100, 100), { status: null, code: null })
		];
		expect(
			validatePlan(deepFreeze(features)).map((p) => [p.type, p.objectIds[0], p.detail, p.area])
		).toEqual([
			['missing-attribute', '1', 'missing code', 5_000],
			['missing-attribute', '2', 'missing code and status', 5_000]
		]);
	});

	it('reports invalid geometry with the area the repair changes (R6)', () => {
		// Bow-tie lobes 2 × 25 = 50 m²; as drawn the lobes cancel to 0.
		const bowTie = landuse('B', {
			type: 'Polygon',
			coordinates: [ring([0, 0], [10, 10], [10, 0], [0, 10])]
		});
		expect(summary(validatePlan(deepFreeze([bowTie])))).toEqual([['invalid-geometry', 'B', 50]]);
	});

	it('checks gaps and outside only when there is a plan area', () => {
		expect(validatePlan(deepFreeze([landuse('1', rect(0, 0, 50, 100))]))).toEqual([]);
	});

	it('leaves out pieces below minArea', () => {
		const features = [...cleanPlan(), landuse('3', rect(40, 0, 60, 10))];
		expect(validatePlan(deepFreeze(features), { minArea: 150 })).toEqual([]);
	});
});
