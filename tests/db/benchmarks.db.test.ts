import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BENCHMARKS } from '$lib/efficiency/default-benchmarks';
import type { DatabaseHandle } from '$lib/server/db/handle';
import {
	createBenchmark,
	deleteBenchmark,
	listBenchmarks,
	seedBenchmarks,
	updateBenchmark
} from '$lib/server/benchmarks/benchmark-store';
import { backends } from '../helpers/backends';

describe.each(backends)('benchmarks on $name', (backend) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await backend.open();
	});
	afterAll(() => handle?.close());

	it('seeds the shipped benchmarks once, and a re-seed keeps the team’s edits', async () => {
		expect(await seedBenchmarks(handle.db, DEFAULT_BENCHMARKS)).toHaveLength(
			DEFAULT_BENCHMARKS.length
		);
		const school = DEFAULT_BENCHMARKS.find((b) => b.id === 'kostra-school-bta-per-pupil-2009')!;
		const { id: _id, yearNote: _y, ...fields } = school;
		expect(await updateBenchmark(handle.db, school.id, { ...fields, value: 15 })).toBe(true);
		expect(await seedBenchmarks(handle.db, DEFAULT_BENCHMARKS)).toEqual([]);
		const stored = (await listBenchmarks(handle.db)).find((b) => b.id === school.id)!;
		expect(stored).toEqual({ ...school, value: 15 });
	});

	it('adds and deletes the team’s own benchmarks', async () => {
		const key = await createBenchmark(handle.db, {
			indicator: 'bta_per_user',
			category: 'kindergarten',
			unit: 'children',
			value: 8.2,
			kind: 'comparable',
			source: 'Bærum kommune',
			sourceUrl: null,
			year: 2019,
			note: null
		});
		expect((await listBenchmarks(handle.db)).find((b) => b.id === key)?.value).toBe(8.2);
		await deleteBenchmark(handle.db, key);
		expect((await listBenchmarks(handle.db)).some((b) => b.id === key)).toBe(false);
	});

	it('reports an edit of a benchmark that does not exist', async () => {
		const { id: _id, yearNote: _y, ...fields } = DEFAULT_BENCHMARKS[0]!;
		expect(await updateBenchmark(handle.db, 'no-such-key', fields)).toBe(false);
	});
});
