import { DEFAULT_CAPACITY_UNIT } from '../types';
import type { ImportField } from './column-mapping';
import { locateRow } from './locate-row';
import {
	parseBuildingNumber,
	parseDate,
	parseGnrBnr,
	parseInteger,
	parseNumber,
	parseText,
	parseYear,
	type CellResult
} from './parse-cell';
import {
	parseCapacityUnit,
	parseCategory,
	parseCondition,
	parseMunicipality,
	parseTenure,
	parseValueMethod
} from './parse-codes';
import { createProblem, isError, type ProblemCode } from './problems';
import type { Cell, ImportProblem, RowResult } from './types';

/** What every row of one file shares. */
export interface RowContext {
	/** Field → 0-based column index, already resolved against the headers. */
	columns: Partial<Record<ImportField, number>>;
	headers: readonly string[];
	/** Written to each building's `source`, e.g. "Import: bygg.xlsx 2024-05-31". */
	source: string;
	/** Years built after this are errors. */
	currentYear: number;
}

/** BTA or BRA above this is a unit mistake, not a municipal building (m²). */
export const MAX_PLAUSIBLE_AREA = 200_000;
const OLDEST_YEAR = 1600;

/**
 * Validates one data row against the mapping: parses every mapped cell, checks required
 * fields, ranges and the cross-field rules, and reads the position. Duplicate building
 * numbers need the whole file and are checked by `validateRows`.
 * @example validateRow(['80012345', 'Hval skole', 'Asker', 'skole'], 2, context).building?.category // 'school'
 */
export function validateRow(
	cells: readonly Cell[],
	rowNumber: number,
	context: RowContext
): RowResult {
	const row = new RowReader(cells, rowNumber, context);
	const buildingNumber = row.required('buildingNumber', parseBuildingNumber);
	const name = row.required('name', parseText);
	const municipality = row.required('municipality', parseMunicipality);
	const category = row.required('category', parseCategory);
	const pair = row.read('gnrBnr', parseGnrBnr);
	const gnr = row.checked('gnr', row.read('gnr', parseInteger), atLeastOne) ?? pair?.[0] ?? null;
	const bnr = row.checked('bnr', row.read('bnr', parseInteger), atLeastOne) ?? pair?.[1] ?? null;
	const bta = row.checked('bta', row.read('bta', parseNumber), plausibleArea);
	const bra = row.checked('bra', row.read('bra', parseNumber), plausibleArea);
	const year = row.read('yearBuilt', parseYear);
	const yearBuilt = row.checked('yearBuilt', year, (n) =>
		n < OLDEST_YEAR || n > context.currentYear ? 'year-out-of-range' : null
	);
	const tenure = row.read('tenure', parseTenure);
	const capacity = row.checked('capacity', row.read('capacity', parseInteger), nonNegative);
	const users = row.checked('users', row.read('users', parseInteger), nonNegative);
	let capacityUnit = row.read('capacityUnit', parseCapacityUnit);
	const address = row.read('address', parseText);
	const annualRent = row.money('annualRent');
	const condition = row.read('condition', parseCondition);
	const maintenanceBacklog = row.money('maintenanceBacklog');
	const value = row.money('value');
	const valueMethod = row.read('valueMethod', parseValueMethod);
	const valueDate = row.read('valueDate', parseDate);
	const annualFdvuCost = row.money('annualFdvuCost');

	if (tenure === null && row.cell('tenure') !== undefined && !row.failed('tenure')) {
		row.report('tenure', 'tenure-missing', row.cell('tenure') ?? null);
	}
	if (bta !== null && bra !== null && bra > bta) row.report('bra', 'bra-exceeds-bta', bra);
	if (users !== null && capacity !== null && capacity > 0 && users > 2 * capacity) {
		row.report('users', 'users-exceed-capacity', users);
	}
	const usual = category ? DEFAULT_CAPACITY_UNIT[category] : null;
	if (capacityUnit === null && capacity !== null && usual && !row.failed('capacityUnit')) {
		capacityUnit = usual;
		row.report('capacityUnit', 'capacity-unit-assumed', null);
	} else if (capacityUnit !== null && usual && capacityUnit !== usual) {
		row.report('capacityUnit', 'capacity-unit-unusual', row.cell('capacityUnit') ?? null);
	}

	const location = locateRow({
		x: row.cell('x'),
		y: row.cell('y'),
		geometry: row.cell('geometry')
	});
	const pairColumn = [row.column('x'), row.column('y')].filter(Boolean).join(' / ') || null;
	for (const { field, code, value } of location.problems) {
		row.report(field, code, value, field === 'x' ? pairColumn : row.column(field));
	}

	const result: RowResult = { rowNumber, problems: row.problems };
	if (location.reading) result.coordinates = location.reading;
	if (!row.problems.some(isError) && buildingNumber && name && municipality && category) {
		// One literal rather than a spread: spreading 20 fields into a new object per row was
		// most of the time for 10 000 rows.
		result.building = {
			buildingNumber,
			name,
			address,
			gnr,
			bnr,
			municipality,
			category,
			bta,
			bra,
			yearBuilt,
			tenure: tenure ?? 'owned',
			annualRent,
			condition,
			conditionByPart: {},
			maintenanceBacklog,
			value,
			valueMethod,
			valueDate,
			annualFdvuCost,
			capacity,
			capacityUnit,
			users,
			source: context.source,
			sample: false,
			geometry: location.geometry
		};
	}
	return result;
}

function plausibleArea(n: number): ProblemCode | null {
	return n <= 0 ? 'area-not-positive' : n > MAX_PLAUSIBLE_AREA ? 'area-implausible' : null;
}

function nonNegative(n: number): ProblemCode | null {
	return n < 0 ? 'negative-number' : null;
}

function atLeastOne(n: number): ProblemCode | null {
	return n < 1 ? 'invalid-gnr-bnr' : null;
}

/** One row's cells and problems; a class so that 10 000 rows allocate no closures. */
class RowReader {
	readonly problems: ImportProblem[] = [];

	constructor(
		private readonly cells: readonly Cell[],
		private readonly rowNumber: number,
		private readonly context: RowContext
	) {}

	/** The cell of a field; undefined when the field is not mapped. */
	cell(field: ImportField): Cell | undefined {
		const index = this.context.columns[field];
		return index === undefined ? undefined : (this.cells[index] ?? null);
	}

	column(field: ImportField): string | null {
		const index = this.context.columns[field];
		return index === undefined ? null : (this.context.headers[index] ?? null);
	}

	report(field: ImportField, code: ProblemCode, value: Cell, column = this.column(field)): void {
		this.problems.push(createProblem({ rowNumber: this.rowNumber, column, field, code, value }));
	}

	failed(field: ImportField): boolean {
		return this.problems.some((p) => p.field === field);
	}

	read<T>(field: ImportField, parse: (cell: Cell) => CellResult<T>): T | null {
		const cell = this.cell(field);
		if (cell === undefined) return null;
		const result = parse(cell);
		if (result.ok) return result.value;
		this.report(field, result.code, cell);
		return null;
	}

	required<T>(field: ImportField, parse: (cell: Cell) => CellResult<T>): T | null {
		const value = this.read(field, parse);
		if (value === null && !this.failed(field)) {
			this.report(field, 'missing-value', this.cell(field) ?? null);
		}
		return value;
	}

	/** The value, or null with a problem when `bad` names one. */
	checked(field: ImportField, value: number | null, bad: (n: number) => ProblemCode | null) {
		const code = value === null ? null : bad(value);
		if (code) this.report(field, code, this.cell(field) ?? null);
		return code ? null : value;
	}

	/** Whole NOK, not negative. */
	money(field: ImportField): number | null {
		const value = this.checked(field, this.read(field, parseNumber), nonNegative);
		return value === null ? null : Math.round(value);
	}
}
