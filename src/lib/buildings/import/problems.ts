import type { ImportField } from './column-mapping';
import { problemText } from './problem-text';
import type { Cell, ImportProblem } from './types';

export type Severity = 'error' | 'warning';

/**
 * Every problem the import can report, with its severity. The rule: a value that cannot be
 * stored faithfully, or that breaks a definition (no key, TG5, a negative area, an unknown
 * category, a point outside Norway), is an error and blocks the commit; a value that can be
 * stored but looks wrong (BRA above BTA, more users than twice the capacity, a point far
 * from Asker) is a warning the dry run shows.
 */
export const PROBLEM_SEVERITY = {
	// The file as a whole (reported on the header row).
	'column-not-mapped': 'error',
	'mapped-column-missing': 'error',
	'no-data-rows': 'error',
	// Required values and keys.
	'missing-value': 'error',
	'invalid-building-number': 'error',
	'duplicate-building-number': 'error',
	'invalid-gnr-bnr': 'error',
	// Numbers, years and dates.
	'not-a-number': 'error',
	'ambiguous-number': 'error',
	'not-an-integer': 'error',
	'negative-number': 'error',
	'area-not-positive': 'error',
	'area-implausible': 'error',
	'bra-exceeds-bta': 'warning',
	'year-out-of-range': 'error',
	'not-a-date': 'error',
	// Code lists.
	'condition-out-of-range': 'error',
	'unknown-condition': 'error',
	'unknown-category': 'error',
	'category-not-in-register': 'error',
	'unknown-municipality': 'error',
	'unknown-tenure': 'error',
	'tenure-missing': 'warning',
	'tenure-not-mapped': 'warning',
	'unknown-capacity-unit': 'error',
	'unknown-value-method': 'error',
	// Capacity and use.
	'capacity-unit-assumed': 'warning',
	'capacity-unit-unusual': 'warning',
	'users-exceed-capacity': 'warning',
	// Position.
	'coordinates-incomplete': 'error',
	'coordinates-unrecognised': 'error',
	'coordinates-outside-norway': 'error',
	'coordinates-far-from-asker': 'warning',
	'position-missing': 'warning',
	'position-required': 'error',
	'invalid-geometry': 'error',
	'unsupported-geometry': 'error',
	'unknown-crs': 'error'
} as const satisfies Record<string, Severity>;

/** A problem code: an English constant; `problem-text.ts` holds its bokmål text. */
export type ProblemCode = keyof typeof PROBLEM_SEVERITY;

export interface ProblemInput {
	rowNumber: number;
	column: string | null;
	field: ImportField | null;
	code: ProblemCode;
	value: Cell;
	relatedRows?: number[];
}

/**
 * A located problem with its severity and bokmål message filled in.
 * @example createProblem({ rowNumber: 2, column: 'TG', field: 'condition', code: 'condition-out-of-range', value: 'TG5' })
 */
export function createProblem(input: ProblemInput): ImportProblem {
	const problem: ImportProblem = {
		rowNumber: input.rowNumber,
		column: input.column,
		field: input.field,
		code: input.code,
		severity: PROBLEM_SEVERITY[input.code],
		value: input.value,
		message: problemText(input)
	};
	if (input.relatedRows) problem.relatedRows = input.relatedRows;
	return problem;
}

/** True when a problem blocks the commit. */
export function isError(problem: Pick<ImportProblem, 'severity'>): boolean {
	return problem.severity === 'error';
}
