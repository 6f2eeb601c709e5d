import type { ConditionGrade } from '../buildings/types';
import type { ErrorLocation } from '../errors';

/*
 * NS 3424 condition grades: TG0 no symptoms, TG1 weak, TG2 moderate, TG3 serious. Registers
 * and spreadsheets write them many ways ("TG2", "tg 2", "2", 2), so input is normalised here
 * once. Problems are returned, not thrown, so an import can list every bad cell at once.
 */

export const CONDITION_GRADES: readonly ConditionGrade[] = [0, 1, 2, 3];

/** Why a value is not a condition grade (English codes; bokmål text at the UI edge). */
export const GRADE_PROBLEM_REASONS = ['empty-grade', 'not-a-grade', 'grade-out-of-range'] as const;
export type GradeProblemReason = (typeof GRADE_PROBLEM_REASONS)[number];

export interface GradeProblem {
	reason: GradeProblemReason;
	/** The value as the user wrote it. */
	input: string;
	location: ErrorLocation;
}

export type GradeParse = { ok: true; grade: ConditionGrade } | { ok: false; problem: GradeProblem };

/** Optional "TG" or "tilstandsgrad", optional separator, then the digits. */
const GRADE_PATTERN = /^(?:tg|tilstandsgrad)?\s*[-.:]?\s*(\d+)$/i;

/**
 * Reads a condition grade from user input. A blank value is the problem `empty-grade`, so a
 * caller that allows "not assessed" can map it to null and others can reject it.
 * @example parseConditionGrade(' tg 2 ') // { ok: true, grade: 2 }
 */
export function parseConditionGrade(input: unknown, location: ErrorLocation = {}): GradeParse {
	const problem = (reason: GradeProblemReason): GradeParse => ({
		ok: false,
		problem: { reason, input: input == null ? '' : String(input), location }
	});
	if (input == null) return problem('empty-grade');
	let digits: number;
	if (typeof input === 'number') {
		if (!Number.isInteger(input)) return problem('not-a-grade');
		digits = input;
	} else if (typeof input === 'string') {
		const text = input.trim();
		if (text === '') return problem('empty-grade');
		const match = GRADE_PATTERN.exec(text);
		if (!match) return problem('not-a-grade');
		digits = Number(match[1]);
	} else {
		return problem('not-a-grade');
	}
	return isGrade(digits) ? { ok: true, grade: digits } : problem('grade-out-of-range');
}

/** TG2 and TG3 call for action (soon or now); TG0, TG1 and "not assessed" do not. */
export function needsAction(grade: ConditionGrade | null): boolean {
	return grade === 2 || grade === 3;
}

function isGrade(n: number): n is ConditionGrade {
	return n === 0 || n === 1 || n === 2 || n === 3;
}
