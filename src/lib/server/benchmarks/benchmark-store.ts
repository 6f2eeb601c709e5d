import { asc, eq, sql } from 'drizzle-orm';
import { benchmarks } from '$db/schema';
import type { Benchmark } from '$lib/efficiency/benchmarks';
import type { Db } from '../db/handle';
import { withTransaction, type Tx } from '../db/transaction';

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

/*
 * Every write runs in withTransaction, which hands the signed-in user to the audit trigger
 * (migration 0006); a write outside one would be logged as made by 'system'. Given a
 * transaction (the seed), withTransaction nests a savepoint in it.
 */

/**
 * Adds the shipped benchmarks that are missing. Existing keys are left alone: the property
 * team edits these values, and a re-seed must not undo that. Returns the keys added.
 */
export async function seedBenchmarks(
	db: Db | Tx,
	defaults: readonly Benchmark[]
): Promise<string[]> {
	if (defaults.length === 0) return [];
	const added = await withTransaction(db, (tx) =>
		tx
			.insert(benchmarks)
			.values(defaults.map(toRow))
			.onConflictDoNothing({ target: benchmarks.key })
			.returning({ key: benchmarks.key })
	);
	return added.map((r) => r.key);
}

/** Saves an edit of an existing benchmark; false when the key does not exist. */
export async function updateBenchmark(
	db: Db,
	key: string,
	value: Omit<Benchmark, 'id' | 'yearNote'>
): Promise<boolean> {
	const updated = await withTransaction(db, (tx) =>
		tx
			.update(benchmarks)
			.set({ ...value, updatedAt: sql`now()` })
			.where(eq(benchmarks.key, key))
			.returning({ key: benchmarks.key })
	);
	return updated.length > 0;
}

/** Adds a benchmark of the team's own (a target, a comparable municipality's figure …). */
export async function createBenchmark(
	db: Db,
	value: Omit<Benchmark, 'id' | 'yearNote'>
): Promise<string> {
	const key = `own-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
	await withTransaction(db, (tx) => tx.insert(benchmarks).values({ key, ...value }));
	return key;
}

export async function deleteBenchmark(db: Db, key: string): Promise<void> {
	await withTransaction(db, (tx) => tx.delete(benchmarks).where(eq(benchmarks.key, key)));
}
