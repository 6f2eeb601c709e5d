/**
 * A positive integer from an environment variable (`_` allowed as a thousands separator),
 * or `fallback` when unset: how every bench is scaled up or down.
 * @example envCount('BENCH_MERGE_POLYGONS', 5_000)
 */
export function envCount(name: string, fallback: number): number {
	const raw = process.env[name]?.replaceAll('_', '').trim();
	if (!raw) return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
	return value;
}
