import { EDITABLE_FIELDS, type EditableField } from '$lib/buildings/editable-fields';
import type { ImportField } from '$lib/buildings/import/column-mapping';
import type { Cell, ImportProblem } from '$lib/buildings/import/types';
import { validateRow } from '$lib/buildings/import/validate-row';
import type { Db } from '../db/handle';
import { withTransaction } from '../db/transaction';
import { getBuilding } from './read-buildings';
import { toRecords } from './resolve-geometry';
import { saveBuildings } from './save-buildings';

export type EditResult =
	| { ok: true; changed: boolean }
	| { ok: false; problems: ImportProblem[] }
	| { ok: false; notFound: true };

/**
 * Saves an edit form. The form's text goes through the same validation as an imported
 * spreadsheet row (Norwegian decimal commas, TG parsing, ranges, cross-field rules), so the
 * register accepts exactly the same values whichever way they arrive. Warnings do not block.
 * Position, footprint, per-part grades, source and the sample flag are kept as they are.
 */
export async function updateBuilding(
	db: Db,
	buildingNumber: string,
	form: Partial<Record<EditableField, string>>
): Promise<EditResult> {
	const existing = await getBuilding(db, buildingNumber);
	if (!existing) return { ok: false, notFound: true };
	const fields: ImportField[] = ['buildingNumber', ...EDITABLE_FIELDS];
	const cells: Cell[] = fields.map((f) =>
		f === 'buildingNumber' ? buildingNumber : (form[f as keyof typeof form] ?? '').trim() || null
	);
	const result = validateRow(cells, 2, {
		columns: Object.fromEntries(fields.map((f, i) => [f, i])),
		headers: fields,
		source: existing.source,
		currentYear: new Date().getFullYear()
	});
	if (!result.building) return { ok: false, problems: result.problems };
	const edited = {
		...result.building,
		conditionByPart: existing.conditionByPart,
		sample: existing.sample
	};
	return withTransaction(db, async (tx) => {
		const report = await saveBuildings(tx, await toRecords(tx, [edited]));
		return { ok: true, changed: report.updated.length > 0 };
	});
}
