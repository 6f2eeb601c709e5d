import {
	IMPORT_FIELDS,
	REQUIRED_FIELDS,
	resolveColumnMapping,
	type ColumnMapping,
	type ImportField
} from './column-mapping';
import { parseBuildingNumber } from './parse-cell';
import { createProblem, isError } from './problems';
import type { Cell, ImportedBuilding, ImportProblem, RowResult } from './types';
import { validateRow } from './validate-row';

export interface ValidateOptions {
	/** Written to each building's `source`, e.g. "Import: bygg.xlsx 2024-05-31". */
	source: string;
	/** Today, for the latest possible year built; defaults to now. */
	today?: Date;
	/** The sheet row of `rows[0]`; 2 when the header is row 1. */
	firstRowNumber?: number;
}

/** The dry run: every row's problems, and the buildings that can be committed. */
export interface ValidationResult {
	/** One entry per non-blank data row, in file order. */
	rows: RowResult[];
	/** The rows without errors, ready for the commit. */
	buildings: ImportedBuilding[];
	/** File problems (on the header row) and then every row's, in row order. */
	problems: ImportProblem[];
	errorCount: number;
	warningCount: number;
	/** True when nothing blocks the commit. */
	canCommit: boolean;
	/** How coordinates were read, with how many rows each way, for the dry run to show. */
	coordinateNotes: { note: string; rows: number }[];
	/**
	 * The fields the file fills. The others are null in every building, meaning "not in
	 * this file", so a commit that updates existing buildings should leave them alone.
	 */
	mappedFields: ImportField[];
}

/**
 * Validates a whole table: checks the mapping (required fields, columns that exist), each
 * non-blank row with `validateRow`, and building numbers repeated in the file (every row
 * with the number gets an error naming the others). Row numbers are those a spreadsheet
 * user sees: header row 1, first data row 2. Linear in the number of rows.
 * @example validateRows(headers, rows, guessColumnMapping(headers), { source: 'Import: bygg.xlsx 2024-05-31' }).canCommit
 */
export function validateRows(
	headers: readonly string[],
	rows: readonly (readonly Cell[])[],
	mapping: ColumnMapping,
	options: ValidateOptions
): ValidationResult {
	const firstRowNumber = options.firstRowNumber ?? 2;
	const headerRow = firstRowNumber - 1;
	const { columns, missing } = resolveColumnMapping(mapping, headers);
	const fileProblems: ImportProblem[] = missing.map(({ field, ref }) =>
		createProblem({
			rowNumber: headerRow,
			column: null,
			field,
			code: 'mapped-column-missing',
			value: typeof ref === 'number' ? ref + 1 : ref
		})
	);
	const unmapped = (field: ImportField) =>
		createProblem({
			rowNumber: headerRow,
			column: null,
			field,
			code: 'column-not-mapped',
			value: null
		});
	for (const field of REQUIRED_FIELDS)
		if (columns[field] === undefined) fileProblems.push(unmapped(field));
	if ((columns.x === undefined) !== (columns.y === undefined)) {
		fileProblems.push(unmapped(columns.x === undefined ? 'x' : 'y'));
	}
	if (columns.tenure === undefined) {
		fileProblems.push(
			createProblem({
				rowNumber: headerRow,
				column: null,
				field: 'tenure',
				code: 'tenure-not-mapped',
				value: null
			})
		);
	}
	const dataRows = rows
		.map((cells, index) => ({ cells, rowNumber: firstRowNumber + index }))
		.filter(({ cells }) => !cells.every(isBlank));
	if (dataRows.length === 0) {
		fileProblems.push(
			createProblem({
				rowNumber: headerRow,
				column: null,
				field: null,
				code: 'no-data-rows',
				value: null
			})
		);
	}
	const mappedFields = IMPORT_FIELDS.filter((field) => columns[field] !== undefined);
	if (fileProblems.some(isError)) return summarise([], fileProblems, mappedFields);

	const context = {
		columns,
		headers,
		source: options.source,
		currentYear: (options.today ?? new Date()).getFullYear()
	};
	const results = dataRows.map(({ cells, rowNumber }) => validateRow(cells, rowNumber, context));
	flagDuplicates(dataRows, results, columns.buildingNumber as number, headers);
	return summarise(results, fileProblems, mappedFields);
}

function flagDuplicates(
	dataRows: { cells: readonly Cell[]; rowNumber: number }[],
	results: RowResult[],
	column: number,
	headers: readonly string[]
): void {
	const rowsByNumber = new Map<string, number[]>();
	const keys = dataRows.map(({ cells }, index) => {
		const parsed = parseBuildingNumber(cells[column] ?? null);
		if (!parsed.ok || parsed.value === null) return null;
		const seen = rowsByNumber.get(parsed.value);
		if (seen) seen.push(index);
		else rowsByNumber.set(parsed.value, [index]);
		return parsed.value;
	});
	keys.forEach((key, index) => {
		const indices = key === null ? undefined : rowsByNumber.get(key);
		const result = results[index];
		if (!indices || indices.length < 2 || !result) return;
		const relatedRows = indices.filter((i) => i !== index).map((i) => results[i]?.rowNumber ?? 0);
		result.problems.push(
			createProblem({
				rowNumber: result.rowNumber,
				column: headers[column] ?? null,
				field: 'buildingNumber',
				code: 'duplicate-building-number',
				value: key,
				relatedRows
			})
		);
		delete result.building;
	});
}

function summarise(
	rows: RowResult[],
	fileProblems: ImportProblem[],
	mappedFields: ImportField[]
): ValidationResult {
	const problems = fileProblems.concat(rows.flatMap((row) => row.problems));
	const errorCount = problems.filter(isError).length;
	const notes = new Map<string, number>();
	const buildings: ImportedBuilding[] = [];
	for (const row of rows) {
		if (row.building) buildings.push(row.building);
		if (row.coordinates) {
			notes.set(row.coordinates.note, (notes.get(row.coordinates.note) ?? 0) + 1);
		}
	}
	return {
		rows,
		buildings,
		problems,
		errorCount,
		warningCount: problems.length - errorCount,
		canCommit: errorCount === 0,
		coordinateNotes: [...notes].map(([note, count]) => ({ note, rows: count })),
		mappedFields
	};
}

function isBlank(cell: Cell): boolean {
	return cell === null || (typeof cell === 'string' && cell.trim() === '');
}
