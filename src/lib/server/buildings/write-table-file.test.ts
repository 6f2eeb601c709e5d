import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Cell } from '$lib/buildings/import/types';
import { writeTableFile } from './write-table-file';

function makeSheet(name = 'Bygg', rows: Cell[][] = [['Hval skole', 4250.5, 1975]]) {
	return { name, headers: ['Navn', 'BTA', 'Byggeår'], rows };
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(bytes.slice().buffer);
	return workbook;
}

function csvText(bytes: Uint8Array): string {
	return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

describe('writeTableFile: XLSX', () => {
	it('writes one sheet per table, named safely and uniquely', async () => {
		const bytes = await writeTableFile('xlsx', [
			makeSheet('Bygg'),
			makeSheet('bygg'),
			makeSheet('Asker/Røyken: [alle] bygg i den nye kommunen')
		]);
		const names = (await loadWorkbook(bytes)).worksheets.map((sheet) => sheet.name);
		expect(names).toEqual(['Bygg', 'bygg (2)', 'Asker Røyken   alle  bygg i den']);
	});

	it('makes the header row bold', async () => {
		const sheet = (await loadWorkbook(await writeTableFile('xlsx', [makeSheet()]))).worksheets[0];
		expect([sheet?.getCell('A1').font?.bold, sheet?.getCell('A2').font?.bold]).toEqual([
			true,
			undefined
		]);
	});

	it('writes numbers as number cells and dates as date cells', async () => {
		const date = new Date(Date.UTC(2024, 4, 31));
		const bytes = await writeTableFile('xlsx', [makeSheet('Bygg', [['Hval skole', 4250.5, date]])]);
		const row = (await loadWorkbook(bytes)).worksheets[0]?.getRow(2);
		expect([row?.getCell(2).type, row?.getCell(3).value, row?.getCell(3).numFmt]).toEqual([
			ExcelJS.ValueType.Number,
			date,
			'dd.mm.yyyy'
		]);
	});
});

describe('writeTableFile: CSV', () => {
	it('starts with a UTF-8 BOM', async () => {
		const bytes = await writeTableFile('csv', [makeSheet()]);
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	});

	it('writes ;-separated lines with CRLF and decimal commas', async () => {
		const text = csvText(await writeTableFile('csv', [makeSheet()]));
		expect(text).toBe('\uFEFFNavn;BTA;Byggeår\r\nHval skole;4250,5;1975\r\n');
	});

	it('quotes text holding ; quotes or line breaks', async () => {
		const sheet = makeSheet('Bygg', [['Tofte; "gamle"\nskole', null, null]]);
		const text = csvText(await writeTableFile('csv', [sheet]));
		expect(text.split('\r\n')[1]).toBe('"Tofte; ""gamle""\nskole";;');
	});

	it('defuses text that Excel would run as a formula, but not negative numbers', async () => {
		const sheet = makeSheet('Bygg', [['=HYPERLINK("http://x")', '-12,5', '@SUM(A1)']]);
		const text = csvText(await writeTableFile('csv', [sheet]));
		expect(text.split('\r\n')[1]).toBe(`"'=HYPERLINK(""http://x"")";-12,5;'@SUM(A1)`);
	});

	it('refuses more than one table', async () => {
		await expect(writeTableFile('csv', [makeSheet(), makeSheet()])).rejects.toThrow(RangeError);
	});
});
