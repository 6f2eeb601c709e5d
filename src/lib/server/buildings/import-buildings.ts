import { inArray, getTableColumns } from 'drizzle-orm';
import { buildings } from '$db/schema';
import { PlanbordError, ReasonImportHasErrors } from '$lib/errors';
import { guessColumnMapping, type ColumnMapping } from '$lib/buildings/import/column-mapping';
import { mergeWithRegister } from '$lib/buildings/import/merge-with-register';
import { createProblem, isError } from '$lib/buildings/import/problems';
import type { ImportProblem } from '$lib/buildings/import/types';
import { validateRows, type ValidationResult } from '$lib/buildings/import/validate-rows';
import { booleanPointInPolygon } from '@turf/turf';
import type { BuildingGeometry, BuildingRecord } from '$lib/buildings/types';
import { toBuildingRecord } from '$lib/buildings/to-record';
import { CANONICAL_SRID } from '$lib/geometry/crs';
import type { Db } from '../db/handle';
import { withTransaction, type Tx } from '../db/transaction';
import { attributesOf, contentHash } from './building-row';
import type { TableFile } from './read-table-file';
import { saveBuildings, type SaveReport } from './save-buildings';

/** Every column but the map's Web Mercator copy, which only the tile queries read. */
const { geom3857: _tileCopy, ...storedColumns } = getTableColumns(buildings);

export interface ImportOptions {
	fileName: string;
	/** The user's column mapping; guessed from the headers when absent. */
	mapping?: ColumnMapping;
	today?: Date;
}

/** The dry run: what an import would do, and every problem, before anything is written. */
export interface ImportPlan {
	fileName: string;
	sheetName?: string;
	headers: string[];
	mapping: ColumnMapping;
	validation: ValidationResult;
	/** Problems only the register can reveal, e.g. a new building without coordinates. */
	registerProblems: ImportProblem[];
	counts: { inserted: number; updated: number; unchanged: number };
	canCommit: boolean;
	/** The records a commit would save; not sent to the browser. */
	records: BuildingRecord[];
}

/**
 * Validates a table and compares it with the register without writing: how many buildings
 * are new, changed and unchanged, and every row's problems. Matches on building number;
 * columns the file lacks keep the register's values (see mergeWithRegister).
 */
export async function planImport(
	db: Db | Tx,
	table: TableFile,
	options: ImportOptions
): Promise<ImportPlan> {
	const mapping = options.mapping ?? guessColumnMapping(table.headers);
	const source = `Import: ${options.fileName} ${(options.today ?? new Date()).toISOString().slice(0, 10)}`;
	const validation = validateRows(table.headers, table.rows, mapping, {
		source,
		today: options.today,
		firstRowNumber: table.headerRowNumber + 1
	});
	const existing = await registerEntries(
		db,
		validation.buildings.map((b) => b.buildingNumber)
	);
	const rowOf = new Map(
		validation.rows.flatMap((r) => (r.building ? [[r.building.buildingNumber, r.rowNumber]] : []))
	);
	const registerProblems: ImportProblem[] = [];
	const records: BuildingRecord[] = [];
	const counts = { inserted: 0, updated: 0, unchanged: 0 };
	for (const imported of validation.buildings) {
		const stored = existing.get(imported.buildingNumber);
		const attributes = mergeWithRegister(
			imported,
			stored?.record.attributes,
			validation.mappedFields
		);
		let record: BuildingRecord;
		if (imported.geometry && !(stored && isOnFootprint(imported.geometry, stored.record))) {
			record = toBuildingRecord(
				{ type: 'Feature', geometry: imported.geometry, properties: attributes },
				CANONICAL_SRID
			);
		} else if (stored) {
			// No coordinates, or a point on the building's own footprint: keep the footprint.
			record = { ...stored.record, attributes };
		} else {
			registerProblems.push(
				createProblem({
					rowNumber: rowOf.get(imported.buildingNumber) ?? 0,
					column: null,
					field: 'buildingNumber',
					code: 'position-required',
					value: imported.buildingNumber
				})
			);
			continue;
		}
		records.push(record);
		if (!stored) counts.inserted++;
		else if (stored.hash === contentHash(record)) counts.unchanged++;
		else counts.updated++;
	}
	return {
		fileName: options.fileName,
		sheetName: table.sheetName,
		headers: table.headers,
		mapping,
		validation,
		registerProblems,
		counts,
		canCommit: validation.canCommit && !registerProblems.some(isError),
		records
	};
}

export interface ImportResult {
	plan: ImportPlan;
	saved: SaveReport;
}

/**
 * Runs the dry run again inside one transaction and, only if nothing blocks it, writes all
 * buildings; any error (a problem row, an invalid footprint, a database constraint) leaves
 * the register exactly as it was. Importing the same file twice changes nothing.
 */
export async function commitImport(
	db: Db,
	table: TableFile,
	options: ImportOptions
): Promise<ImportResult> {
	return withTransaction(db, async (tx) => {
		const plan = await planImport(tx, table, options);
		if (!plan.canCommit) {
			const errors = [...plan.validation.problems, ...plan.registerProblems].filter(isError);
			throw new PlanbordError(
				ReasonImportHasErrors,
				`${errors.length} problems; first: row ${errors[0]?.rowNumber}: ${errors[0]?.message}`,
				{ file: options.fileName }
			);
		}
		return { plan, saved: await saveBuildings(tx, plan.records) };
	});
}

/** The register's current records and hashes for these building numbers. */
async function registerEntries(
	db: Db | Tx,
	numbers: string[]
): Promise<Map<string, { record: BuildingRecord; hash: string }>> {
	const found = new Map<string, { record: BuildingRecord; hash: string }>();
	for (let i = 0; i < numbers.length; i += 5000) {
		const rows = await db
			.select(storedColumns)
			.from(buildings)
			.where(inArray(buildings.buildingNumber, numbers.slice(i, i + 5000)));
		for (const row of rows) {
			const record = {
				attributes: attributesOf(row),
				position: row.position,
				footprint: row.footprint
			};
			found.set(row.buildingNumber, { record, hash: row.contentHash });
		}
	}
	return found;
}

/** A file with only x/y for a building the register has a footprint of must not erase it. */
function isOnFootprint(geometry: BuildingGeometry, stored: BuildingRecord): boolean {
	return (
		geometry.type === 'Point' &&
		stored.footprint !== null &&
		booleanPointInPolygon(geometry, stored.footprint)
	);
}
