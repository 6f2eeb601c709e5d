import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { guessColumnMapping } from '$lib/buildings/import/column-mapping';
import type { Cell } from '$lib/buildings/import/types';
import { validateRows } from '$lib/buildings/import/validate-rows';
import { ParseError } from '$lib/errors';
import { MAX_TABLE_FILE_BYTES, readTableFile } from './read-table-file';
import { writeTableFile } from './write-table-file';

const FIXTURES = new URL('../../buildings/import/fixtures/', import.meta.url);

function makeTable() {
	const headers = ['Bygningsnr', 'Navn', 'Kommune', 'BTA (m²)', 'Verdidato', 'Merknad'];
	const rows: Cell[][] = [
		['80012345', 'Hval skole', 'Røyken', 4250.5, new Date(Date.UTC(2024, 4, 31)), null],
		['80012346', 'Tofte; omsorgssenter', 'Hurum', 3100, null, 'sa "hei"\nny linje']
	];
	return { name: 'Bygg', headers, rows };
}

async function workbookBytes(fill: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	fill(workbook);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function expectParseError(reason: string, file: string) {
	return expect.objectContaining({ constructor: ParseError, reason, location: { file } });
}

describe('readTableFile: XLSX', () => {
	it('reads back what writeTableFile wrote', async () => {
		const table = makeTable();
		const read = await readTableFile(await writeTableFile('xlsx', [table]), 'bygg.xlsx');
		expect(read).toEqual({
			headers: table.headers,
			rows: table.rows,
			headerRowNumber: 1,
			sheetName: 'Bygg'
		});
	});

	it('reads the first sheet that has data', async () => {
		const bytes = await workbookBytes((workbook) => {
			workbook.addWorksheet('Forside');
			workbook.addWorksheet('Data').addRows([['Navn'], ['Hval skole']]);
		});
		const read = await readTableFile(bytes, 'bygg.xlsx');
		expect([read.sheetName, read.rows]).toEqual(['Data', [['Hval skole']]]);
	});

	it('gives formulas as their results and rich text as text', async () => {
		const bytes = await workbookBytes((workbook) => {
			const sheet = workbook.addWorksheet('Ark1');
			sheet.addRow(['BTA', 'BRA', 'Navn']);
			sheet.addRow([
				100,
				{ formula: 'A2*0.9', result: 90 },
				{ richText: [{ text: 'Hval ' }, { text: 'skole', font: { bold: true } }] }
			]);
		});
		expect((await readTableFile(bytes, 'a.xlsx')).rows).toEqual([[100, 90, 'Hval skole']]);
	});

	it('finds a header below blank rows and keeps blank rows between data rows', async () => {
		const bytes = await workbookBytes((workbook) => {
			const sheet = workbook.addWorksheet('Ark1');
			sheet.getCell('A3').value = 'Navn';
			sheet.getCell('A4').value = 'Hval skole';
			sheet.getCell('A6').value = 'Tofte skole';
		});
		const read = await readTableFile(bytes, 'a.xlsx');
		expect([read.headerRowNumber, read.rows]).toEqual([
			3,
			[['Hval skole'], [null], ['Tofte skole']]
		]);
	});

	it('names a blank header by its column letter', async () => {
		const bytes = await workbookBytes((workbook) => {
			workbook.addWorksheet('Ark1').addRows([
				['Navn', null, 'BTA'],
				['Hval skole', 'x', 100]
			]);
		});
		expect((await readTableFile(bytes, 'a.xlsx')).headers).toEqual(['Navn', 'B', 'BTA']);
	});

	it('rejects random bytes as an unreadable spreadsheet', async () => {
		const bytes = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256);
		await expect(readTableFile(bytes, 'ødelagt.xlsx')).rejects.toEqual(
			expectParseError('unreadable-spreadsheet', 'ødelagt.xlsx')
		);
	});

	it('rejects a workbook whose sheets are all empty', async () => {
		const bytes = await workbookBytes((workbook) => void workbook.addWorksheet('Ark1'));
		await expect(readTableFile(bytes, 'tom.xlsx')).rejects.toEqual(
			expectParseError('empty-file', 'tom.xlsx')
		);
	});
});

describe('readTableFile: CSV', () => {
	it('reads back what writeTableFile wrote, numbers with decimal commas', async () => {
		const table = makeTable();
		const read = await readTableFile(await writeTableFile('csv', [table]), 'bygg.csv');
		expect(read).toEqual({
			headers: table.headers,
			rows: [
				['80012345', 'Hval skole', 'Røyken', '4250,5', '2024-05-31', null],
				['80012346', 'Tofte; omsorgssenter', 'Hurum', '3100', null, 'sa "hei"\nny linje']
			],
			headerRowNumber: 1
		});
	});

	it('reads a ;-separated Windows-1252 file from Norwegian Excel', async () => {
		const bytes = readFileSync(new URL('bygg-windows-1252.csv', FIXTURES));
		const read = await readTableFile(bytes, 'bygg-windows-1252.csv');
		expect([read.headers[4], read.headers[5], read.headers[8], read.rows[1]?.[2]]).toEqual([
			'BTA (m²)',
			'Byggeår',
			'Øst',
			'Røyken'
		]);
	});

	it('reads a ,-separated UTF-8 file with a BOM', async () => {
		const bytes = new TextEncoder().encode('\uFEFFNavn,Kommune\nHval skole,Røyken\n');
		expect(await readTableFile(bytes, 'a.csv')).toEqual({
			headers: ['Navn', 'Kommune'],
			rows: [['Hval skole', 'Røyken']],
			headerRowNumber: 1
		});
	});

	it('prefers ; when the header has as many commas', async () => {
		const bytes = new TextEncoder().encode('Navn;Areal, brutto\nHval skole;4 250,5\n');
		expect((await readTableFile(bytes, 'a.csv')).rows).toEqual([['Hval skole', '4 250,5']]);
	});

	it('reads a UTF-16 tab-separated export', async () => {
		const text = '\uFEFFNavn\tKommune\r\nHval skole\tRøyken\r\n';
		const bytes = new Uint8Array(Buffer.from(text, 'utf16le'));
		expect((await readTableFile(bytes, 'a.txt')).rows).toEqual([['Hval skole', 'Røyken']]);
	});

	it('rejects an unterminated quote', async () => {
		const bytes = new TextEncoder().encode('Navn;BTA\n"Hval skole;100\nTofte;200\n');
		await expect(readTableFile(bytes, 'a.csv')).rejects.toEqual(
			expectParseError('malformed-csv', 'a.csv')
		);
	});

	it('rejects a file with only blank lines', async () => {
		await expect(readTableFile(new TextEncoder().encode('\n \n'), 'a.csv')).rejects.toEqual(
			expectParseError('empty-file', 'a.csv')
		);
	});
});

describe('readTableFile: GeoJSON', () => {
	it('reads features as rows with the geometry as GeoJSON text', async () => {
		const collection = {
			type: 'FeatureCollection',
			crs: { type: 'name', properties: { name: 'EPSG:25832' } },
			features: [
				{
					type: 'Feature',
					properties: { Navn: 'Hval skole', BTA: 4250.5, aktiv: true },
					geometry: { type: 'Point', coordinates: [580166.8, 6633343.9] }
				},
				{ type: 'Feature', properties: { Navn: 'Tofte', Kommune: 'Hurum' }, geometry: null }
			]
		};
		const bytes = new TextEncoder().encode(JSON.stringify(collection));
		const read = await readTableFile(bytes, 'bygg.geojson');
		expect(read).toEqual({
			headers: ['Navn', 'BTA', 'aktiv', 'Kommune', 'geometry'],
			rows: [
				[
					'Hval skole',
					4250.5,
					'TRUE',
					null,
					JSON.stringify({ ...collection.features[0]?.geometry, crs: collection.crs })
				],
				['Tofte', null, null, 'Hurum', null]
			],
			headerRowNumber: 1
		});
	});

	it('rejects text that is not a FeatureCollection', async () => {
		const bytes = new TextEncoder().encode('{"type": "Point", "coordinates": [1, 2]}');
		await expect(readTableFile(bytes, 'a.json')).rejects.toEqual(
			expectParseError('malformed-geojson', 'a.json')
		);
	});

	// Found by read-table-file.fuzz: JSON.stringify of these threw a RangeError (stack overflow).
	it.each([
		[
			'property',
			`{"a":${'['.repeat(20_000)}${']'.repeat(20_000)}}`,
			'{"type":"Point","coordinates":[1,2]}'
		],
		[
			'geometry',
			'{}',
			`{"type":"Polygon","coordinates":${'['.repeat(20_000)}${']'.repeat(20_000)}}`
		]
	])('rejects a %s nested too deeply', async (_, properties, geometry) => {
		const text = `{"type":"FeatureCollection","features":[{"type":"Feature","properties":${properties},"geometry":${geometry}}]}`;
		await expect(readTableFile(new TextEncoder().encode(text), 'dyp.geojson')).rejects.toEqual(
			expectParseError('malformed-geojson', 'dyp.geojson')
		);
	});
});

describe('readTableFile: any file', () => {
	it('rejects an empty file', async () => {
		await expect(readTableFile(new Uint8Array(0), 'a.xlsx')).rejects.toEqual(
			expectParseError('empty-file', 'a.xlsx')
		);
	});

	it('rejects a file over the size limit before parsing it', async () => {
		const bytes = new Uint8Array(MAX_TABLE_FILE_BYTES + 1);
		await expect(readTableFile(bytes, 'stor.csv')).rejects.toEqual(
			expectParseError('file-too-large', 'stor.csv')
		);
	});

	it.each(['bygg.xls', 'bygg.pdf', 'bygg'])('rejects %s', async (name) => {
		await expect(readTableFile(new Uint8Array([1]), name)).rejects.toEqual(
			expectParseError('unsupported-file-type', name)
		);
	});
});

describe('readTableFile with the import', () => {
	it('turns the Windows-1252 fixture into three valid buildings', async () => {
		const bytes = readFileSync(new URL('bygg-windows-1252.csv', FIXTURES));
		const { headers, rows } = await readTableFile(bytes, 'bygg-windows-1252.csv');
		const result = validateRows(headers, rows, guessColumnMapping(headers), {
			source: 'Import: bygg-windows-1252.csv 2024-05-31',
			today: new Date(2024, 4, 31)
		});
		expect([result.problems, result.buildings.map((b) => [b.municipality, b.category])]).toEqual([
			[],
			[
				['0220', 'school'],
				['0627', 'school'],
				['0628', 'nursing_home']
			]
		]);
	});
});
