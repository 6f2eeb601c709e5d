import type { PartitionProblem } from '$lib/zones/types';

export type ProblemCounts = Record<PartitionProblem['kind'], number>;

/**
 * Problems counted by kind, for the one-line summary after a save ("2 overlapp, 1 hull").
 * @example summariseProblems(problems) // { overlap: 2, gap: 1, outside: 0, invalid: 0 }
 */
export function summariseProblems(problems: readonly PartitionProblem[]): ProblemCounts {
	const counts: ProblemCounts = { overlap: 0, gap: 0, outside: 0, invalid: 0 };
	for (const p of problems) counts[p.kind]++;
	return counts;
}
