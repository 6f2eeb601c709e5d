/**
 * The nearest-rank percentile (`p` in 0…100): the smallest sample with at least p % of the
 * samples at or below it. It always returns a value that was measured, never an
 * interpolation between two tiles, so a p95 over 25 tiles is the second-slowest tile.
 */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[Math.min(rank, sorted.length) - 1]!;
}
