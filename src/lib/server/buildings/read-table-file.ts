import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Cell } from '$lib/buildings/import/types';
import {
	ParseError,
	ReasonEmptyFile,
	ReasonFileTooLarge,
	ReasonMalformedCsv,
	ReasonMalformedGeoJson,
	ReasonUnreadableSpreadsheet,
	ReasonUnsupportedFileType
} from '$lib/errors';

/** Larger files are refused before parsing: exceljs holds a whole workbook in memory. */
export const MAX_TABLE_FILE_BYTES = 50 * 1024 * 1024;

/** A table as read from a file: header texts, data rows, and where the header was. */
export interface TableFile {
	headers: string[];
	/**
	 * Data rows below the header, each as wide as `headers`; blank rows are kept (as nulls)
	 * so that row numbers match the sheet.
	 */
	rows: Cell[][];
	/** The sheet row of the header (1-based); data rows start on the next row. */
	headerRowNumber: number;
	/** The worksheet read, for XLSX. */
	sheetName?: string;
}

/**
 * Reads an uploaded table for the import: XLSX (the first sheet with data; formulas as their
 * results; dates as Date), CSV (`;`, `,` or tab, whichever the header line uses most, `;`
 * on a tie; UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252, which is what
 * Norwegian Excel writes for "CSV (semikolondelt)"), or GeoJSON (one row per feature, its
 * properties as columns and its geometry as GeoJSON text in a `geometry` column).
 * Throws a ParseError naming the file for a corrupt, empty, oversized or unsupported file.
 * @example const { headers, rows } = await readTableFile(bytes, 'bygg.xlsx');
 */
export async function readTableFile(bytes: Uint8Array, fileName: string): Promise<TableFile> {
	const fail = (reason: ConstructorParameters<typeof ParseError>[0], detail: string) =>
		new ParseError(reason, detail, { file: fileName });
	const extension = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
	if (!['xlsx', 'xlsm', 'csv', 'txt', 'tsv', 'geojson', 'json'].includes(extension)) {
		const hint = extension === 'xls' ? '; save it as .xlsx' : '';
		throw fail(ReasonUnsupportedFileType, `cannot read .${extension} files${hint}`);
	}
	if (bytes.length > MAX_TABLE_FILE_BYTES) {
		throw fail(ReasonFileTooLarge, `${bytes.length} bytes; the limit is ${MAX_TABLE_FILE_BYTES}`);
	}
	if (bytes.length === 0) throw fail(ReasonEmptyFile, 'the file has no content');
	const table =
		extension === 'xlsx' || extension === 'xlsm'
			? await readWorkbook(bytes, fail)
			: extension === 'geojson' || extension === 'json'
				? readGeoJson(decodeText(bytes), fail)
				: readCsv(decodeText(bytes), fail);
	if (table.headers.length === 0) throw fail(ReasonEmptyFile, 'no header row found');
	return table;
}

type Fail = (reason: ConstructorParameters<typeof ParseError>[0], detail: string) => ParseError;

async function readWorkbook(bytes: Uint8Array, fail: Fail): Promise<TableFile> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(bytes.slice().buffer);
	} catch (error) {
		throw fail(ReasonUnreadableSpreadsheet, `not a readable XLSX file: ${message(error)}`);
	}
	if (workbook.worksheets.length === 0) throw fail(ReasonUnreadableSpreadsheet, 'no worksheets');
	for (const sheet of workbook.worksheets) {
		const grid: Cell[][] = [];
		for (let r = 1; r <= sheet.rowCount; r++) {
			const values = sheet.findRow(r)?.values;
			grid.push(Array.isArray(values) ? Array.from(values.slice(1), toCell) : []);
		}
		const table = fromGrid(grid);
		if (table) return { ...table, sheetName: sheet.name };
	}
	throw fail(ReasonEmptyFile, 'every worksheet is empty');
}

/** exceljs cell values → Cell: formulas give their result, rich text and links their text. */
function toCell(value: ExcelJS.CellValue): Cell {
	if (value === null || value === undefined) return null;
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	if (typeof value === 'string') return value === '' ? null : value;
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if (value instanceof Date) return value;
	if ('formula' in value || 'sharedFormula' in value) return toCell(value.result ?? null);
	if ('richText' in value) return toCell(value.richText.map((part) => part.text).join(''));
	if ('hyperlink' in value) return toCell(value.text as ExcelJS.CellValue);
	if ('error' in value) return value.error;
	return null;
}

function readCsv(text: string, fail: Fail): TableFile {
	const parsed = Papa.parse<string[]>(text, {
		delimiter: guessDelimiter(text),
		skipEmptyLines: false
	});
	const broken = parsed.errors.find((error) => error.type === 'Quotes');
	if (broken) {
		const row = broken.row === undefined ? '' : ` on line ${broken.row + 1}`;
		throw fail(ReasonMalformedCsv, `${broken.message}${row}`);
	}
	const grid = parsed.data.map((row) => row.map((value) => (value === '' ? null : value)));
	const table = fromGrid(grid);
	if (!table) throw fail(ReasonEmptyFile, 'the file has no rows');
	return table;
}

/** Counts candidates in the first non-blank line, outside quotes. */
function guessDelimiter(text: string): string {
	const line = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
	const outside = line.replace(/"[^"]*"/g, '');
	const count = (d: string) => outside.split(d).length - 1;
	return [';', ',', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best));
}

function readGeoJson(text: string, fail: Fail): TableFile {
	let data: {
		type?: unknown;
		features?: unknown;
		crs?: unknown;
	};
	try {
		data = JSON.parse(text) as typeof data;
	} catch (error) {
		throw fail(ReasonMalformedGeoJson, `not JSON: ${message(error)}`);
	}
	const features = data?.type === 'FeatureCollection' ? data.features : undefined;
	if (!Array.isArray(features)) throw fail(ReasonMalformedGeoJson, 'expected a FeatureCollection');
	if (features.length === 0) throw fail(ReasonEmptyFile, 'the collection has no features');
	const headers: string[] = [];
	const seen = new Set<string>();
	for (const feature of features as { properties?: Record<string, unknown> | null }[]) {
		for (const key of Object.keys(feature?.properties ?? {})) {
			if (key === 'geometry' || seen.has(key)) continue;
			seen.add(key);
			headers.push(key);
		}
	}
	let rows: Cell[][];
	try {
		rows = (features as { properties?: Record<string, unknown>; geometry?: unknown }[]).map(
			(feature) => [
				...headers.map((key) => jsonCell(feature?.properties?.[key])),
				feature?.geometry
					? JSON.stringify({ ...(feature.geometry as object), ...crsOf(data) })
					: null
			]
		);
	} catch (error) {
		// JSON.parse reads any depth, but JSON.stringify recurses: a value nested thousands
		// deep overflows the stack when it is turned back into cell text.
		if (!(error instanceof RangeError)) throw error;
		throw fail(ReasonMalformedGeoJson, 'a property or geometry is nested too deeply');
	}
	return { headers: [...headers, 'geometry'], rows, headerRowNumber: 1 };
}

/** The legacy `crs` member travels with each geometry, so the cell says its own CRS. */
function crsOf(data: { crs?: unknown }): { crs?: unknown } {
	return data.crs === undefined ? {} : { crs: data.crs };
}

function jsonCell(value: unknown): Cell {
	if (value === null || value === undefined || value === '') return null;
	if (typeof value === 'number' || typeof value === 'string') return value;
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	return JSON.stringify(value);
}

/**
 * Finds the header (the first non-blank row), names blank headers by column letter, drops
 * trailing blank rows, and makes every row as wide as the table (null-padded). Null when
 * the grid has no non-blank row.
 */
function fromGrid(grid: Cell[][]): Omit<TableFile, 'sheetName'> | null {
	const headerIndex = grid.findIndex((row) => !row.every(isBlank));
	if (headerIndex < 0) return null;
	let end = grid.length;
	while (end > headerIndex + 1 && (grid[end - 1] as Cell[]).every(isBlank)) end--;
	const rows = grid.slice(headerIndex + 1, end);
	const headerCells = grid[headerIndex] as Cell[];
	const width = Math.max(lastFilled(headerCells), ...rows.map(lastFilled));
	const headers = Array.from({ length: width }, (_, i) => {
		const text = headerText(headerCells[i] ?? null);
		return text === '' ? columnLetter(i) : text;
	});
	return {
		headers,
		rows: rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? null)),
		headerRowNumber: headerIndex + 1
	};
}

function lastFilled(row: Cell[]): number {
	for (let i = row.length - 1; i >= 0; i--) if (!isBlank(row[i] ?? null)) return i + 1;
	return 0;
}

function headerText(cell: Cell): string {
	if (cell instanceof Date) return cell.toISOString().slice(0, 10);
	return cell === null ? '' : String(cell).trim();
}

/** 0 → A, 25 → Z, 26 → AA: how a spreadsheet user names a column. */
function columnLetter(index: number): string {
	let name = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
		name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
	}
	return name;
}

function isBlank(cell: Cell): boolean {
	return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * UTF-8 (a BOM is dropped), UTF-16 when it starts with a BOM, and otherwise Windows-1252:
 * bytes that are not valid UTF-8 come from a Norwegian Excel "CSV (semikolondelt)", where
 * "ø" is the single byte 0xF8.
 */
function decodeText(bytes: Uint8Array): string {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252').decode(bytes);
	}
}

function message(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
