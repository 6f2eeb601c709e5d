import { error, fail } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { readHistory } from '$lib/server/audit/read-audit';
import { describeEntry } from '$lib/audit/describe-entry';
import { listBenchmarks } from '$lib/server/benchmarks/benchmark-store';
import { getBuilding, listBuildings } from '$lib/server/buildings/read-buildings';
import { EDITABLE_FIELDS, type EditableField } from '$lib/buildings/editable-fields';
import type { BuildingDetails } from '$lib/buildings/types';
import { editBuildingUi } from '$lib/i18n/edit-building';
import { updateBuilding } from '$lib/server/buildings/update-building';
import { overviewPopulation } from '$lib/server/population/read-population';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const { db } = await database();
	const building = await getBuilding(db, params.number);
	if (!building) error(404, `Fant ikke bygg ${params.number}`);
	const [all, benchmarks, population, history] = await Promise.all([
		listBuildings(db),
		listBenchmarks(db),
		overviewPopulation(db),
		readHistory(db, 'building', building.buildingNumber)
	]);
	// The overview needs only the figures of the same category, in every municipality.
	const sameCategory = all.filter((b) => b.category === building.category);
	return {
		building,
		sameCategory,
		benchmarks,
		population,
		history: history.map(describeEntry)
	};
};

export const actions: Actions = {
	save: async ({ params, request }) => {
		const form = await request.formData();
		const values = Object.fromEntries(
			EDITABLE_FIELDS.map((field) => [field, String(form.get(field) ?? '')])
		);
		const baseVersion = parseVersion(form.get('version'));
		if (baseVersion === null) {
			return fail(400, { values, message: editBuildingUi.badVersion });
		}
		const { db } = await database();
		const result = await updateBuilding(db, params.number, values, baseVersion);
		if ('notFound' in result) error(404, `Fant ikke bygg ${params.number}`);
		if ('conflict' in result) {
			const { current, changedBy } = result.conflict;
			// The typed values stay in the form; the stored ones and their version come along,
			// so saving again is a deliberate choice made after seeing what changed.
			return fail(409, {
				values,
				conflict: {
					message: editBuildingUi.conflictMessage(changedBy, current.updatedAt),
					version: current.version,
					stored: Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, current[f]])) as Pick<
						BuildingDetails,
						EditableField
					>
				}
			});
		}
		if (!result.ok) return fail(400, { values, version: baseVersion, problems: result.problems });
		return { saved: true, changed: result.changed };
	}
};

/** The form's hidden `version`: a positive whole number, else null. */
function parseVersion(raw: FormDataEntryValue | null): number | null {
	if (typeof raw !== 'string' || !/^[1-9][0-9]{0,9}$/.test(raw.trim())) return null;
	const version = Number(raw.trim());
	return version <= 2_147_483_647 ? version : null;
}
