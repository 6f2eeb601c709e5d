import { asc } from 'drizzle-orm';
import { benchmarks } from '$db/schema';
import type { Benchmark } from '$lib/efficiency/benchmarks';
import type { Db } from '../db/handle';
import type { Tx } from '../db/transaction';

type BenchmarkRow = typeof benchmarks.$inferSelect;

function toBenchmark(row: BenchmarkRow): Benchmark {
	return {
		id: row.key,
		indicator: row.indicator as Benchmark['indicator'],
		category: row.category as Benchmark['category'],
		unit: row.unit as Benchmark['unit'],
		value: row.value,
		kind: row.kind,
		source: row.source,
		sourceUrl: row.sourceUrl,
		year: row.year,
		yearNote: row.yearNote,
		note: row.note
	};
}

function toRow({ id, ...rest }: Benchmark): typeof benchmarks.$inferInsert {
	return { key: id, ...rest };
}

export async function listBenchmarks(db: Db | Tx): Promise<Benchmark[]> {
	const rows = await db.select().from(benchmarks).orderBy(asc(benchmarks.key));
	return rows.map(toBenchmark);
}

/**
 * Adds the shipped benchmarks that are missing. Existing keys are left alone: the property
 * team edits these values, and a re-seed must not undo that. Returns the keys added.
 */
export async function seedBenchmarks(
	tx: Db | Tx,
	defaults: readonly Benchmark[]
): Promise<string[]> {
	if (defaults.length === 0) return [];
	const added = await tx
		.insert(benchmarks)
		.values(defaults.map(toRow))
		.onConflictDoNothing({ target: benchmarks.key })
		.returning({ key: benchmarks.key });
	return added.map((r) => r.key);
}
