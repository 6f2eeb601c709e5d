import type { Utm32 } from '../../geometry/types';
import type { BuildingAttributes, BuildingGeometry } from '../types';
import type { ImportField } from './column-mapping';
import type { ProblemCode, Severity } from './problems';

/** One spreadsheet cell as the file readers hand it over. Formulas arrive as their result. */
export type Cell = string | number | Date | null;

/** Something wrong or suspicious in one row (or, with rowNumber 1, in the header row). */
export interface ImportProblem {
	/** The row number a spreadsheet user sees: the header is row 1, the first data row 2. */
	rowNumber: number;
	/** The header text of the column, or null when the problem is not about one column. */
	column: string | null;
	field: ImportField | null;
	code: ProblemCode;
	/** Errors block the commit; warnings are shown and do not. */
	severity: Severity;
	/** The cell as read, so the user can find it. */
	value: Cell;
	/** Other rows involved, e.g. the rows that repeat a building number. */
	relatedRows?: number[];
	/** Bokmål text for the dry run, from `problem-text.ts`. */
	message: string;
}

/** How a row's coordinates were read, for the dry run to show. */
export interface CoordinateReading {
	/** The EPSG code the numbers were taken to be in. */
	srid: number;
	/** True when the pair came as north/east (or latitude/longitude). */
	swapped: boolean;
	/** Bokmål, e.g. "tolket som EUREF89 UTM32 (øst/nord)". */
	note: string;
	/** The point as WGS 84 [longitude, latitude]. */
	lonLat: [number, number];
}

/** A validated register row: the attributes plus where the building is, in EPSG:25832. */
export interface ImportedBuilding extends BuildingAttributes {
	/** Null when the file has no coordinates for the row: the commit keeps what it has. */
	geometry: Utm32<BuildingGeometry> | null;
}

/** What the dry run shows for one data row. */
export interface RowResult {
	rowNumber: number;
	/** Present only when the row has no errors. */
	building?: ImportedBuilding;
	problems: ImportProblem[];
	coordinates?: CoordinateReading;
}
