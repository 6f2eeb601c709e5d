import { fail } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import {
	createBenchmark,
	deleteBenchmark,
	listBenchmarks,
	updateBenchmark
} from '$lib/server/benchmarks/benchmark-store';
import { parseBenchmarkForm, type BenchmarkForm } from '$lib/efficiency/parse-benchmark-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const { db } = await database();
	return { benchmarks: await listBenchmarks(db) };
};

const FIELDS = [
	'indicator',
	'category',
	'unit',
	'value',
	'kind',
	'source',
	'sourceUrl',
	'year',
	'note'
] as const;

function readForm(form: FormData): BenchmarkForm {
	return Object.fromEntries(FIELDS.map((f) => [f, String(form.get(f) ?? '')]));
}

export const actions: Actions = {
	save: async ({ request }) => {
		const form = await request.formData();
		const key = String(form.get('key') ?? '');
		const values = readForm(form);
		const parsed = parseBenchmarkForm(values);
		if (!parsed.ok) return fail(400, { key, values, problems: parsed.problems });
		const { db } = await database();
		if (key) {
			if (!(await updateBenchmark(db, key, parsed.value)))
				return fail(404, { key, values, problems: {} });
			return { saved: key };
		}
		return { saved: await createBenchmark(db, parsed.value) };
	},
	delete: async ({ request }) => {
		const key = String((await request.formData()).get('key') ?? '');
		const { db } = await database();
		await deleteBenchmark(db, key);
		return { deleted: key };
	}
};
