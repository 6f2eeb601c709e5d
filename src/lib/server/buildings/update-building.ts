import { eq } from 'drizzle-orm';
import { buildings } from '$db/schema';
import { EDITABLE_FIELDS, type EditableField } from '$lib/buildings/editable-fields';
import type { ImportField } from '$lib/buildings/import/column-mapping';
import type { Cell, ImportProblem } from '$lib/buildings/import/types';
import { validateRow } from '$lib/buildings/import/validate-row';
import type { BuildingDetails } from '$lib/buildings/types';
import type { Db } from '../db/handle';
import { readHistory } from '../audit/read-audit';
import { withTransaction } from '../db/transaction';
import { getBuilding } from './read-buildings';
import { toRecords } from './resolve-geometry';
import { saveBuildings } from './save-buildings';

/** Someone else changed the building after the form was loaded. */
export interface EditConflict {
	/** The version the form was loaded with. */
	baseVersion: number;
	/** What the register holds now, with its version. */
	current: BuildingDetails;
	/** Who made the newest logged change (audit log), or null when none is logged. */
	changedBy: string | null;
}

export type EditResult =
	| { ok: true; changed: boolean; version: number }
	| { ok: false; problems: ImportProblem[] }
	| { ok: false; notFound: true }
	| { ok: false; conflict: EditConflict };

/**
 * Saves an edit form. The form's text goes through the same validation as an imported
 * spreadsheet row (Norwegian decimal commas, TG parsing, ranges, cross-field rules), so the
 * register accepts exactly the same values whichever way they arrive. Warnings do not block.
 * Position, footprint, per-part grades, source and the sample flag are kept as they are.
 *
 * Optimistic locking: `baseVersion` is the version the form was loaded with. The row is
 * locked (`SELECT … FOR UPDATE`) before its version is compared, so of two saves from the
 * same base the second waits for the first to commit, then sees the bumped version and gets
 * a conflict instead of silently overwriting the first (PostgreSQL re-reads a locked row
 * after the wait; PGlite runs transactions one at a time).
 * @example await updateBuilding(db, '800000001', { name: 'Hval skole' }, 3) // { ok: true, … }
 */
export async function updateBuilding(
	db: Db,
	buildingNumber: string,
	form: Partial<Record<EditableField, string>>,
	baseVersion: number
): Promise<EditResult> {
	return withTransaction(db, async (tx): Promise<EditResult> => {
		const [locked] = await tx
			.select({ version: buildings.version })
			.from(buildings)
			.where(eq(buildings.buildingNumber, buildingNumber))
			.for('update');
		if (!locked) return { ok: false, notFound: true };
		const existing = (await getBuilding(tx, buildingNumber))!;
		if (locked.version !== baseVersion) {
			const [newest] = await readHistory(tx, 'building', buildingNumber, 1);
			return {
				ok: false,
				conflict: { baseVersion, current: existing, changedBy: newest?.actorName ?? null }
			};
		}
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
		const report = await saveBuildings(tx, await toRecords(tx, [edited]));
		const [saved] = await tx
			.select({ version: buildings.version })
			.from(buildings)
			.where(eq(buildings.buildingNumber, buildingNumber));
		return { ok: true, changed: report.updated.length > 0, version: saved!.version };
	});
}
