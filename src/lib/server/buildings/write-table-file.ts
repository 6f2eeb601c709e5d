import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Cell } from '$lib/buildings/import/types';

/** One table to write: a sheet in XLSX, the whole file in CSV. */
export interface TableSheet {
	name: string;
	headers: string[];
	rows: Cell[][];
}

/**
 * Writes tables for download. XLSX: one worksheet per table, a bold frozen header row,
 * numbers as number cells and dates as date cells (dd.mm.yyyy). CSV: exactly one table,
 * `;`-separated UTF-8 with a BOM and CRLF line ends, decimal comma for non-integers, dates
 * as YYYY-MM-DD: what Norwegian Excel opens correctly by double-click. Text that Excel would
 * run as a formula (starting with =, +, -, @) is prefixed with an apostrophe in CSV.
 * @example const bytes = await writeTableFile('xlsx', [{ name: 'Bygg', headers, rows }]);
 */
export async function writeTableFile(
	format: 'xlsx' | 'csv',
	sheets: readonly TableSheet[]
): Promise<Uint8Array> {
	return format === 'xlsx' ? writeWorkbook(sheets) : writeCsv(sheets);
}

async function writeWorkbook(sheets: readonly TableSheet[]): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Planbord';
	const used = new Set<string>();
	for (const table of sheets) {
		const sheet = workbook.addWorksheet(sheetName(table.name, used), {
			views: [{ state: 'frozen', ySplit: 1 }]
		});
		sheet.addRow(table.headers).font = { bold: true };
		for (const row of table.rows) {
			const added = sheet.addRow(row.map((cell) => cell ?? null));
			row.forEach((cell, i) => {
				if (cell instanceof Date) added.getCell(i + 1).numFmt = 'dd.mm.yyyy';
			});
		}
		table.headers.forEach((header, i) => {
			const longest = Math.max(header.length, ...table.rows.map((r) => textLength(r[i] ?? null)));
			sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, longest + 2));
		});
	}
	if (sheets.length === 0) workbook.addWorksheet('Ark1');
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Excel's rules: at most 31 characters, none of []:*?/\, unique ignoring case. */
function sheetName(wanted: string, used: Set<string>): string {
	const base =
		wanted
			.replace(/[[\]:*?/\\]/g, ' ')
			.trim()
			.slice(0, 31) || 'Ark';
	let name = base;
	for (let n = 2; used.has(name.toLowerCase()); n++) {
		const suffix = ` (${n})`;
		name = base.slice(0, 31 - suffix.length) + suffix;
	}
	used.add(name.toLowerCase());
	return name;
}

function textLength(cell: Cell): number {
	return cell instanceof Date ? 10 : cell === null ? 0 : String(cell).length;
}

function writeCsv(sheets: readonly TableSheet[]): Uint8Array {
	const [table, ...rest] = sheets;
	if (!table || rest.length > 0) {
		throw new RangeError(`a CSV file holds one table; got ${sheets.length}`);
	}
	const text = Papa.unparse([table.headers, ...table.rows.map((row) => row.map(csvText))], {
		delimiter: ';',
		newline: '\r\n'
	});
	return new TextEncoder().encode(`\uFEFF${text}\r\n`);
}

function csvText(cell: Cell): string {
	if (cell === null) return '';
	if (typeof cell === 'number') {
		return Number.isInteger(cell) ? String(cell) : String(cell).replace('.', ',');
	}
	if (cell instanceof Date) {
		const iso = cell.toISOString();
		return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
	}
	// OWASP "CSV injection": a cell starting with these is a formula to Excel.
	return /^[=+\-@\t\r]/.test(cell) && !/^[-+]?[\d\s.,]+$/.test(cell) ? `'${cell}` : cell;
}
