import { describe, expect, it } from 'vitest';
import { guessColumnMapping, resolveColumnMapping } from './column-mapping';
import type { Cell } from './types';
import { validateRow, type RowContext } from './validate-row';

const HEADERS = [
	'Bygningsnr',
	'Navn',
	'Kommune',
	'Kategori',
	'BTA (m²)',
	'BRA (m²)',
	'Byggeår',
	'Eid/leid',
	'TG',
	'Kapasitet',
	'Enhet',
	'Antall brukere',
	'Verdi',
	'Øst',
	'Nord'
];

function makeContext(headers: string[] = HEADERS): RowContext {
	return {
		columns: resolveColumnMapping(guessColumnMapping(headers), headers).columns,
		headers,
		source: 'Import: bygg.xlsx 2024-05-31',
		currentYear: 2024
	};
}

function makeRow(overrides: Record<string, Cell> = {}): Cell[] {
	const row: Record<string, Cell> = {
		Bygningsnr: '80012345',
		Navn: 'Hval skole',
		Kommune: 'Asker',
		Kategori: 'Skole',
		'BTA (m²)': '4 250,5',
		'BRA (m²)': 3900,
		Byggeår: 1975,
		'Eid/leid': 'eid',
		TG: 'TG2',
		Kapasitet: 400,
		Enhet: 'elever',
		'Antall brukere': 380,
		Verdi: 'kr 120 000 000',
		Øst: 580166.8281,
		Nord: 6633343.8836,
		...overrides
	};
	return HEADERS.map((header) => row[header] ?? null);
}

function codes(cells: Cell[], context = makeContext()): string[] {
	return validateRow(cells, 2, context).problems.map((p) => p.code);
}

describe('validateRow', () => {
	it('turns a clean row into a building', () => {
		const result = validateRow(makeRow(), 2, makeContext());
		expect(result.problems).toEqual([]);
		expect(result.building).toEqual({
			buildingNumber: '80012345',
			name: 'Hval skole',
			address: null,
			gnr: null,
			bnr: null,
			municipality: '0220',
			category: 'school',
			bta: 4250.5,
			bra: 3900,
			yearBuilt: 1975,
			tenure: 'owned',
			annualRent: null,
			condition: 2,
			conditionByPart: {},
			maintenanceBacklog: null,
			value: 120_000_000,
			valueMethod: null,
			valueDate: null,
			annualFdvuCost: null,
			capacity: 400,
			capacityUnit: 'pupils',
			users: 380,
			source: 'Import: bygg.xlsx 2024-05-31',
			sample: false,
			geometry: { type: 'Point', coordinates: [580166.8281, 6633343.8836] }
		});
	});

	it('says how the coordinates were read', () => {
		expect(validateRow(makeRow(), 2, makeContext()).coordinates?.note).toBe(
			'tolket som EUREF89 UTM32 (øst/nord)'
		);
	});

	it('locates a problem by row, header, field and value', () => {
		const [problem] = validateRow(makeRow({ 'BTA (m²)': 'abc' }), 7, makeContext()).problems;
		expect(problem).toMatchObject({
			rowNumber: 7,
			column: 'BTA (m²)',
			field: 'bta',
			code: 'not-a-number',
			severity: 'error',
			value: 'abc',
			message: 'BTA: «abc» er ikke et tall'
		});
	});

	it('gives no building when a row has an error', () => {
		expect(validateRow(makeRow({ TG: 'TG5' }), 2, makeContext()).building).toBeUndefined();
	});

	it('reports each missing required field', () => {
		const row = makeRow({ Bygningsnr: null, Navn: ' ', Kommune: null, Kategori: null });
		expect(codes(row)).toEqual([
			'missing-value',
			'missing-value',
			'missing-value',
			'missing-value'
		]);
	});

	it.each([
		[{ Bygningsnr: 'B-12' }, 'invalid-building-number'],
		[{ Kommune: 'Bærum' }, 'unknown-municipality'],
		[{ Kategori: 'skule' }, 'unknown-category'],
		[{ Kategori: 'annet' }, 'category-not-in-register'],
		[{ 'BTA (m²)': -5 }, 'area-not-positive'],
		[{ 'BTA (m²)': 0 }, 'area-not-positive'],
		[{ 'BTA (m²)': '250 000' }, 'area-implausible'],
		[{ Byggeår: 1599 }, 'year-out-of-range'],
		[{ Byggeår: 2025 }, 'year-out-of-range'],
		[{ Byggeår: '1975,5' }, 'not-an-integer'],
		[{ TG: 'TG5' }, 'condition-out-of-range'],
		[{ 'Eid/leid': 'festet' }, 'unknown-tenure'],
		[{ Kapasitet: -1 }, 'negative-number'],
		[{ Verdi: '-100' }, 'negative-number'],
		[{ Enhet: 'kvm' }, 'unknown-capacity-unit'],
		[{ Øst: 18.07, Nord: 59.33 }, 'coordinates-outside-norway']
	])('reports %j as %s (an error)', (overrides, code) => {
		const result = validateRow(makeRow(overrides), 2, makeContext());
		expect(result.problems.map((p) => [p.code, p.severity])).toEqual([[code, 'error']]);
	});

	it.each([
		[{ 'BRA (m²)': 5000 }, 'bra-exceeds-bta'],
		[{ 'Antall brukere': 801 }, 'users-exceed-capacity'],
		[{ Enhet: 'arbeidsplasser' }, 'capacity-unit-unusual'],
		[{ Enhet: null }, 'capacity-unit-assumed'],
		[{ 'Eid/leid': null }, 'tenure-missing'],
		[{ Øst: 10.39, Nord: 63.43 }, 'coordinates-far-from-asker'],
		[{ Øst: null, Nord: null }, 'position-missing']
	])('warns about %j as %s and still gives a building', (overrides, code) => {
		const result = validateRow(makeRow(overrides), 2, makeContext());
		expect([result.problems.map((p) => [p.code, p.severity]), !!result.building]).toEqual([
			[[code, 'warning']],
			true
		]);
	});

	it('fills in the category default unit for capacity without one', () => {
		const result = validateRow(makeRow({ Enhet: null }), 2, makeContext());
		expect(result.building?.capacityUnit).toBe('pupils');
	});

	it('allows users up to twice the capacity', () => {
		expect(codes(makeRow({ 'Antall brukere': 800 }))).toEqual([]);
	});

	it('names both coordinate columns for a pair problem', () => {
		const [problem] = validateRow(makeRow({ Øst: 18.07, Nord: 59.33 }), 2, makeContext()).problems;
		expect(problem?.column).toBe('Øst / Nord');
	});

	it('reads gnr/bnr from one column', () => {
		const headers = ['Bygningsnr', 'Navn', 'Kommune', 'Kategori', 'Gnr/Bnr'];
		const cells = ['1', 'Rådhuset', '0220', 'Rådhus', '45/12'];
		const result = validateRow(cells, 2, makeContext(headers));
		expect([result.building?.gnr, result.building?.bnr]).toEqual([45, 12]);
	});

	it('rounds money to whole kroner', () => {
		expect(validateRow(makeRow({ Verdi: '1 000,60' }), 2, makeContext()).building?.value).toBe(
			1001
		);
	});

	it('leaves position null and warns nothing when the file has no coordinates', () => {
		const headers = ['Bygningsnr', 'Navn', 'Kommune', 'Kategori', 'Eierform'];
		const result = validateRow(['1', 'Rådhuset', '0220', 'Rådhus', 'eid'], 2, makeContext(headers));
		expect([result.problems, result.building?.geometry]).toEqual([[], null]);
	});
});
