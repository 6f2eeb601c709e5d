import { describe, expect, it } from 'vitest';
import { guessColumnMapping } from './column-mapping';
import type { Cell } from './types';
import { validateRows } from './validate-rows';

const HEADERS = [
	'Bygningsnr',
	'Navn',
	'Kommunenr',
	'Kategori',
	'BTA',
	'TG',
	'Øst',
	'Nord',
	'Eierform'
];
const OPTIONS = { source: 'Import: bygg.csv 2024-05-31', today: new Date(2024, 4, 31) };

function makeRows(): Cell[][] {
	return [
		['80012345', 'Hval skole', '0220', 'skole', '4 250', 'TG1', 580166.8281, 6633343.8836, 'eid'],
		['80012346', 'Slemmestad barnehage', '0627', 'barnehage', '800', 'TG2', 10.43, 59.83, 'leid'],
		['80012347', 'Tofte sykehjem', '0628', 'sykehjem', '3 100', '', 59.54, 10.56, 'eid']
	];
}

function validate(rows: Cell[][], headers = HEADERS) {
	return validateRows(headers, rows, guessColumnMapping(headers), OPTIONS);
}

describe('validateRows', () => {
	it('passes a clean file with a building per row', () => {
		const result = validate(makeRows());
		expect([result.canCommit, result.errorCount, result.warningCount]).toEqual([true, 0, 0]);
		expect(result.buildings.map((b) => b.buildingNumber)).toEqual([
			'80012345',
			'80012346',
			'80012347'
		]);
	});

	it('counts how coordinates were read', () => {
		expect(validate(makeRows()).coordinateNotes).toEqual([
			{ note: 'tolket som EUREF89 UTM32 (øst/nord)', rows: 1 },
			{ note: 'tolket som WGS 84 (lengdegrad/breddegrad)', rows: 1 },
			{ note: 'tolket som WGS 84 (breddegrad/lengdegrad, byttet om)', rows: 1 }
		]);
	});

	it('numbers rows as a spreadsheet does: header 1, first data row 2', () => {
		const rows = makeRows();
		rows[2]![5] = 'TG5';
		const [problem] = validate(rows).problems;
		expect([problem?.rowNumber, problem?.column, problem?.value]).toEqual([4, 'TG', 'TG5']);
	});

	it('skips blank rows but keeps the numbering', () => {
		const rows = makeRows();
		rows.splice(1, 0, [null, '', '  '], []);
		rows[4]![4] = 'abc';
		const result = validate(rows);
		expect([result.rows.map((r) => r.rowNumber), result.problems[0]?.rowNumber]).toEqual([
			[2, 5, 6],
			6
		]);
	});

	it('starts numbering where the caller says the data starts', () => {
		const rows = makeRows();
		rows[0]![0] = 'x';
		const result = validateRows(HEADERS, rows, guessColumnMapping(HEADERS), {
			...OPTIONS,
			firstRowNumber: 5
		});
		expect(result.problems[0]?.rowNumber).toBe(5);
	});

	it('flags every row of a repeated building number and names the others', () => {
		const rows = makeRows();
		rows.push([...rows[0]!], [...rows[0]!]);
		rows[3]![0] = '0080012345';
		const duplicates = validate(rows).problems.filter(
			(p) => p.code === 'duplicate-building-number'
		);
		expect(duplicates.map((p) => [p.rowNumber, p.relatedRows, p.value])).toEqual([
			[2, [5, 6], '80012345'],
			[5, [2, 6], '80012345'],
			[6, [2, 5], '80012345']
		]);
	});

	it('keeps duplicated rows out of the buildings', () => {
		const rows = makeRows();
		rows.push([...rows[0]!]);
		expect(validate(rows).buildings.map((b) => b.name)).toEqual([
			'Slemmestad barnehage',
			'Tofte sykehjem'
		]);
	});

	it('lists mixed errors and warnings in row order and blocks the commit', () => {
		const rows = makeRows();
		rows[0]![3] = 'skule';
		rows[1]![6] = 10.39;
		rows[1]![7] = 63.43;
		rows[2]![4] = '-10';
		const result = validate(rows);
		expect(result.problems.map((p) => [p.rowNumber, p.code, p.severity])).toEqual([
			[2, 'unknown-category', 'error'],
			[3, 'coordinates-far-from-asker', 'warning'],
			[4, 'area-not-positive', 'error']
		]);
		expect([result.canCommit, result.errorCount, result.warningCount]).toEqual([false, 2, 1]);
	});

	it('allows the commit with warnings only', () => {
		const rows = makeRows();
		rows[1]![6] = 10.39;
		rows[1]![7] = 63.43;
		expect(validate(rows).canCommit).toBe(true);
	});

	it('reports unmapped required fields on the header row and validates no rows', () => {
		const headers = ['Bygningsnr', 'Navn', 'BTA', 'Eierform'];
		const result = validate([['1', 'Rådhuset', '100', 'eid']], headers);
		expect([result.rows, result.problems.map((p) => [p.rowNumber, p.code, p.field])]).toEqual([
			[],
			[
				[1, 'column-not-mapped', 'municipality'],
				[1, 'column-not-mapped', 'category']
			]
		]);
	});

	it('reports a mapped column the file lacks', () => {
		const result = validateRows(
			HEADERS,
			makeRows(),
			{ ...guessColumnMapping(HEADERS), bra: 'BRA' },
			OPTIONS
		);
		expect(result.problems.map((p) => [p.code, p.field, p.value])).toEqual([
			['mapped-column-missing', 'bra', 'BRA']
		]);
	});

	it('reports half a coordinate pair in the mapping', () => {
		const { y: _y, ...mapping } = guessColumnMapping(HEADERS);
		const result = validateRows(HEADERS, makeRows(), mapping, OPTIONS);
		expect(result.problems.map((p) => [p.code, p.field])).toEqual([['column-not-mapped', 'y']]);
	});

	it('warns once, on the header row, when the file has no tenure column', () => {
		const headers = HEADERS.slice(0, -1);
		const result = validate(
			makeRows().map((row) => row.slice(0, -1)),
			headers
		);
		expect(result.problems.map((p) => [p.rowNumber, p.code, p.severity])).toEqual([
			[1, 'tenure-not-mapped', 'warning']
		]);
	});

	it('says which fields the file fills', () => {
		expect(validate(makeRows()).mappedFields).toEqual([
			'buildingNumber',
			'name',
			'municipality',
			'category',
			'bta',
			'tenure',
			'condition',
			'x',
			'y'
		]);
	});

	it('reports a file without data rows', () => {
		expect(validate([[null, '']]).problems.map((p) => p.code)).toEqual(['no-data-rows']);
	});

	// Speed is measured in bench/property.bench.ts; this pins that a large file validates whole.
	it('validates 10 000 rows, each its own building', () => {
		const template = makeRows();
		const rows = Array.from({ length: 10_000 }, (_, i) => {
			const row = [...template[i % 3]!];
			row[0] = String(10_000_000 + i);
			return row;
		});
		const result = validate(rows);
		expect(result.buildings.length).toBe(10_000);
		expect(new Set(result.buildings.map((b) => b.buildingNumber)).size).toBe(10_000);
		expect(result.problems.filter((p) => p.code === 'duplicate-building-number')).toEqual([]);
	});
});
