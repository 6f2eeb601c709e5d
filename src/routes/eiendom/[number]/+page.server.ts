import { error, fail } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { listBenchmarks } from '$lib/server/benchmarks/benchmark-store';
import { getBuilding, listBuildings } from '$lib/server/buildings/read-buildings';
import { EDITABLE_FIELDS } from '$lib/buildings/editable-fields';
import { updateBuilding } from '$lib/server/buildings/update-building';
import { overviewPopulation } from '$lib/server/population/read-population';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const { db } = await database();
	const building = await getBuilding(db, params.number);
	if (!building) error(404, `Fant ikke bygg ${params.number}`);
	const [all, benchmarks, population] = await Promise.all([
		listBuildings(db),
		listBenchmarks(db),
		overviewPopulation(db)
	]);
	// The overview needs only the figures of the same category, in every municipality.
	const sameCategory = all.filter((b) => b.category === building.category);
	return { building, sameCategory, benchmarks, population };
};

export const actions: Actions = {
	save: async ({ params, request }) => {
		const form = await request.formData();
		const values = Object.fromEntries(
			EDITABLE_FIELDS.map((field) => [field, String(form.get(field) ?? '')])
		);
		const { db } = await database();
		const result = await updateBuilding(db, params.number, values);
		if ('notFound' in result) error(404, `Fant ikke bygg ${params.number}`);
		if (!result.ok) return fail(400, { values, problems: result.problems });
		return { saved: true, changed: result.changed };
	}
};
