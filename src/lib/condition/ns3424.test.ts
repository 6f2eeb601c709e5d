import { describe, expect, it } from 'vitest';
import { needsAction, parseConditionGrade } from './ns3424';

describe('parseConditionGrade', () => {
	it.each([
		['TG2', 2],
		['tg 2', 2],
		['2', 2],
		[2, 2],
		[' TG0 ', 0],
		['TG-3', 3],
		['Tilstandsgrad 1', 1],
		['tg\u00a03', 3]
	])('reads %j as TG%i', (input, grade) => {
		expect(parseConditionGrade(input)).toEqual({ ok: true, grade });
	});

	it.each([
		['TG4', 'grade-out-of-range'],
		[7, 'grade-out-of-range'],
		[-1, 'grade-out-of-range'],
		['god', 'not-a-grade'],
		['TG 2a', 'not-a-grade'],
		['2.5', 'not-a-grade'],
		[2.5, 'not-a-grade'],
		[Number.NaN, 'not-a-grade'],
		[true, 'not-a-grade'],
		['', 'empty-grade'],
		['   ', 'empty-grade'],
		[null, 'empty-grade'],
		[undefined, 'empty-grade']
	])('rejects %j as %s', (input, reason) => {
		const result = parseConditionGrade(input);
		expect(result.ok ? null : result.problem.reason).toBe(reason);
	});

	it('keeps the raw input and the location so the user can find the cell', () => {
		expect(parseConditionGrade('TG 9', { file: 'bygg.xlsx', feature: 14 })).toEqual({
			ok: false,
			problem: {
				reason: 'grade-out-of-range',
				input: 'TG 9',
				location: { file: 'bygg.xlsx', feature: 14 }
			}
		});
	});
});

describe('needsAction', () => {
	it('is true for TG2 and TG3 only', () => {
		expect([0, 1, 2, 3, null].map((g) => needsAction(g as 0 | 1 | 2 | 3 | null))).toEqual([
			false,
			false,
			true,
			true,
			false
		]);
	});
});
