import { describe, expect, it } from 'vitest';
import type { BuildingAttributes } from '../types';
import { generatedBuildingNumber } from './building-number';
import type { Variant } from './distributions';
import { VARIANTS } from './distributions';
import type { BuildingSeed } from './generate-attributes';
import { depreciation, generateAttributes } from './generate-attributes';

/** Every key of BuildingAttributes, written out independently of the generator. */
const ALL_KEYS = [
	'buildingNumber',
	'name',
	'address',
	'gnr',
	'bnr',
	'municipality',
	'category',
	'bta',
	'bra',
	'yearBuilt',
	'tenure',
	'annualRent',
	'condition',
	'conditionByPart',
	'maintenanceBacklog',
	'value',
	'valueMethod',
	'valueDate',
	'annualFdvuCost',
	'capacity',
	'capacityUnit',
	'users',
	'source',
	'sample'
].sort();

const makeSeed = (variant: Variant, sequence: number, extra: Partial<BuildingSeed> = {}) => ({
	buildingNumber: generatedBuildingNumber('0220', VARIANTS[variant].category, sequence),
	name: `Test ${sequence}`,
	address: null,
	municipality: '0220' as const,
	variant,
	source: 'test',
	...extra
});

/** 60 buildings of every variant: enough to reach the rare branches (leased, TG3, low use). */
function makeSample(): BuildingAttributes[] {
	return (Object.keys(VARIANTS) as Variant[]).flatMap((variant) =>
		Array.from({ length: 60 }, (_, i) => generateAttributes(makeSeed(variant, i + 1)).attributes)
	);
}

describe('generateAttributes', () => {
	it('gives the same result for the same building number', () => {
		const seed = makeSeed('nursing_home', 3);
		expect(generateAttributes(seed)).toEqual(generateAttributes({ ...seed }));
	});

	it('does not depend on the name (names are set after placement)', () => {
		const a = generateAttributes(makeSeed('sports_hall', 4)).attributes;
		const b = generateAttributes(makeSeed('sports_hall', 4, { name: 'Other' })).attributes;
		expect({ ...a, name: '' }).toEqual({ ...b, name: '' });
	});

	it('fills every key of BuildingAttributes and marks it as sample', () => {
		const sample = makeSample();
		expect(
			sample.every((a) => JSON.stringify(Object.keys(a).sort()) === JSON.stringify(ALL_KEYS))
		).toBe(true);
		expect(sample.every((a) => a.sample)).toBe(true);
	});

	it('keeps TG in 0–3 overall and per part', () => {
		const grades = makeSample().flatMap((a) => [
			...(a.condition === null ? [] : [a.condition]),
			...Object.values(a.conditionByPart)
		]);
		expect(new Set(grades)).toEqual(new Set([0, 1, 2, 3]));
	});

	it('keeps BRA at 80–90 % of BTA (rounded down to whole m², so never above BTA)', () => {
		const sample = makeSample();
		expect(sample.every((a) => a.bra! <= 0.9 * a.bta! && a.bra! + 1 > 0.8 * a.bta!)).toBe(true);
	});

	it('keeps users at most 1.1 × capacity, and has some clearly under-used buildings', () => {
		const used = makeSample().filter((a) => a.capacity !== null);
		expect(used.every((a) => a.users !== null && a.users <= 1.1 * a.capacity!)).toBe(true);
		expect(used.some((a) => a.users! < 0.6 * a.capacity!)).toBe(true);
	});

	it('gives a capacity unit exactly when there is a capacity', () => {
		expect(makeSample().every((a) => (a.capacity === null) === (a.capacityUnit === null))).toBe(
			true
		);
	});

	it('keeps years in 1900–2019', () => {
		const years = makeSample().map((a) => a.yearBuilt!);
		expect(Math.min(...years)).toBeGreaterThanOrEqual(1900);
		expect(Math.max(...years)).toBeLessThanOrEqual(2019);
	});

	it('gives leased buildings a rent and no value or backlog, owned ones the opposite', () => {
		const sample = makeSample();
		const leased = sample.filter((a) => a.tenure === 'leased');
		const owned = sample.filter((a) => a.tenure === 'owned');
		expect(leased.length).toBeGreaterThan(0);
		expect(
			leased.every((a) => a.annualRent! > 0 && a.value === null && a.valueMethod === null)
		).toBe(true);
		expect(leased.every((a) => a.maintenanceBacklog === null)).toBe(true);
		expect(
			owned.every(
				(a) =>
					a.annualRent === null &&
					a.value! > 0 &&
					a.valueMethod === 'replacement_cost' &&
					a.valueDate === '2019-12-31'
			)
		).toBe(true);
	});

	it('keeps backlog per m² in the band of its grade', () => {
		const bands = { 0: [0, 0], 1: [0, 600], 2: [1500, 3000], 3: [3000, 6000] } as const;
		const withBacklog = makeSample().filter((a) => a.maintenanceBacklog !== null);
		for (const a of withBacklog) {
			const [min, max] = bands[a.condition!];
			// Money is rounded to 1 000 NOK, so allow that much either side.
			expect(a.maintenanceBacklog!).toBeGreaterThanOrEqual(min * a.bta! - 500);
			expect(a.maintenanceBacklog!).toBeLessThanOrEqual(max * a.bta! + 500);
		}
	});

	it('sizes a school at 15.1–21.4 m² per pupil (KOSTRA 17.8 × 0.85–1.2)', () => {
		const schools = Array.from(
			{ length: 50 },
			(_, i) => generateAttributes(makeSeed('primary_school', i + 1)).attributes
		);
		const perPupil = schools.map((a) => a.bta! / a.capacity!);
		expect(Math.min(...perPupil)).toBeGreaterThanOrEqual(15.1);
		expect(Math.max(...perPupil)).toBeLessThanOrEqual(21.4);
		expect(schools.every((a) => a.capacity! >= 200 && a.capacity! <= 600)).toBe(true);
	});

	it('uses a capacity given by the source', () => {
		const a = generateAttributes(makeSeed('kindergarten', 1, { capacity: 41 })).attributes;
		expect([a.capacity, a.capacityUnit]).toEqual([41, 'children']);
	});

	it('leaves capacity, unit and users empty when the source says capacity is unknown', () => {
		const a = generateAttributes(makeSeed('open_kindergarten', 1, { capacity: null })).attributes;
		expect([a.capacity, a.capacityUnit, a.users]).toEqual([null, null, null]);
	});

	it('draws worse grades for older buildings', () => {
		const sample = makeSample().filter((a) => a.condition !== null);
		const mean = (list: BuildingAttributes[]) =>
			list.reduce((s, a) => s + a.condition!, 0) / list.length;
		const old = sample.filter((a) => a.yearBuilt! < 1970);
		const recent = sample.filter((a) => a.yearBuilt! >= 2010);
		expect(mean(old)).toBeGreaterThan(mean(recent) + 1);
	});
});

describe('depreciation', () => {
	it('is 1 when new, 0.65 at 30 years and 0.3 from 60 years', () => {
		expect(depreciation(0)).toBe(1);
		expect(depreciation(30)).toBeCloseTo(0.65, 10);
		expect(depreciation(60)).toBeCloseTo(0.3, 10);
		expect(depreciation(119)).toBe(0.3);
	});
});
