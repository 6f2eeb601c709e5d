import { describe, expect, it } from 'vitest';
import { createProblem, isError, PROBLEM_SEVERITY } from './problems';

describe('createProblem', () => {
	it('fills in severity and the bokmål message', () => {
		const problem = createProblem({
			rowNumber: 4,
			column: 'TG',
			field: 'condition',
			code: 'condition-out-of-range',
			value: 'TG5'
		});
		expect(problem).toEqual({
			rowNumber: 4,
			column: 'TG',
			field: 'condition',
			code: 'condition-out-of-range',
			severity: 'error',
			value: 'TG5',
			message: 'Tilstandsgraden «TG5» finnes ikke; NS 3424 har TG0–TG3'
		});
	});

	it('keeps related rows', () => {
		const problem = createProblem({
			rowNumber: 2,
			column: 'Bygningsnr',
			field: 'buildingNumber',
			code: 'duplicate-building-number',
			value: '123',
			relatedRows: [5, 9]
		});
		expect(problem.relatedRows).toEqual([5, 9]);
	});
});

describe('isError', () => {
	it('separates errors from warnings', () => {
		expect([PROBLEM_SEVERITY['bra-exceeds-bta'], PROBLEM_SEVERITY['area-implausible']]).toEqual([
			'warning',
			'error'
		]);
		expect(isError({ severity: 'warning' })).toBe(false);
	});
});
