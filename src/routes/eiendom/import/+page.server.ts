import { fail } from '@sveltejs/kit';
import { IMPORT_FIELDS, type ColumnMapping } from '$lib/buildings/import/column-mapping';
import { describeError } from '$lib/i18n/nb';
import { PlanbordError } from '$lib/errors';
import { database } from '$lib/server/db';
import { commitImport, planImport, type ImportPlan } from '$lib/server/buildings/import-buildings';
import { readTableFile, type TableFile } from '$lib/server/buildings/read-table-file';
import type { Actions } from './$types';

/** Problems sent to the page: enough to fix a file, not megabytes for a 10 000-row mess. */
const MAX_PROBLEMS = 500;
const PREVIEW_ROWS = 8;

/** The chosen mapping from `map.<field>` selects; null when the form has none (first look). */
function mappingFrom(form: FormData): ColumnMapping | undefined {
	if (!form.has('map.buildingNumber')) return undefined;
	const mapping: ColumnMapping = {};
	for (const field of IMPORT_FIELDS) {
		const value = String(form.get(`map.${field}`) ?? '');
		if (value !== '') mapping[field] = Number(value);
	}
	return mapping;
}

async function readUpload(
	form: FormData
): Promise<{ table: TableFile; fileName: string } | string> {
	const file = form.get('file');
	if (!(file instanceof File) || file.size === 0) return 'Velg en fil (XLSX, CSV eller GeoJSON).';
	try {
		return {
			table: await readTableFile(new Uint8Array(await file.arrayBuffer()), file.name),
			fileName: file.name
		};
	} catch (error) {
		if (error instanceof PlanbordError) return describeError(error);
		throw error;
	}
}

/** What the page shows of a plan: the summary, the mapping, a preview and the problems. */
function summary(plan: ImportPlan, table: TableFile) {
	const problems = [...plan.validation.problems, ...plan.registerProblems];
	return {
		fileName: plan.fileName,
		sheetName: plan.sheetName ?? null,
		headers: plan.headers,
		mapping: plan.mapping,
		preview: table.rows
			.slice(0, PREVIEW_ROWS)
			.map((row) => row.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : c))),
		rowCount: plan.validation.rows.length,
		counts: plan.counts,
		coordinateNotes: plan.validation.coordinateNotes,
		errorCount: problems.filter((p) => p.severity === 'error').length,
		warningCount: problems.filter((p) => p.severity === 'warning').length,
		problems: problems.slice(0, MAX_PROBLEMS),
		canCommit: plan.canCommit
	};
}

export const actions: Actions = {
	preview: async ({ request }) => {
		const form = await request.formData();
		const upload = await readUpload(form);
		if (typeof upload === 'string') return fail(400, { message: upload });
		const { db } = await database();
		const plan = await planImport(db, upload.table, {
			fileName: upload.fileName,
			mapping: mappingFrom(form)
		});
		return { plan: summary(plan, upload.table) };
	},
	commit: async ({ request }) => {
		const form = await request.formData();
		const upload = await readUpload(form);
		if (typeof upload === 'string') return fail(400, { message: upload });
		const { db } = await database();
		const options = { fileName: upload.fileName, mapping: mappingFrom(form) };
		// The dry run is repeated on the server: the file may have changed since the preview.
		const plan = await planImport(db, upload.table, options);
		if (!plan.canCommit) return fail(400, { plan: summary(plan, upload.table) });
		const { saved } = await commitImport(db, upload.table, options);
		return {
			committed: {
				fileName: upload.fileName,
				inserted: saved.inserted.length,
				updated: saved.updated.length,
				unchanged: saved.unchanged.length
			}
		};
	}
};
