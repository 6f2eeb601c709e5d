import type { Point } from 'geojson';
import type { Utm32 } from '../../geometry/types';
import type { BuildingGeometry } from '../types';
import { detectCoordinates, projectToCanonical } from './detect-coordinates';
import { parseNumber } from './parse-cell';
import { parseGeometryCell } from './parse-geometry-cell';
import type { ProblemCode } from './problems';
import type { Cell, CoordinateReading } from './types';

/** Where a row's building is, and what was wrong with the coordinates. */
export interface RowLocation {
	geometry: Utm32<BuildingGeometry> | null;
	reading?: CoordinateReading;
	problems: { field: 'x' | 'y' | 'geometry'; code: ProblemCode; value: Cell }[];
}

/** The position cells of a row; undefined when the column is not mapped at all. */
export interface PositionCells {
	x?: Cell;
	y?: Cell;
	geometry?: Cell;
}

/**
 * Reads a row's position from its geometry cell, or else from its coordinate pair, and
 * moves it to EPSG:25832. A file without position columns gives null and no problem (the
 * commit keeps what the register has); mapped but empty cells give `position-missing`.
 * @example locateRow({ x: '580440', y: '6633684' }).geometry // Point in EPSG:25832
 */
export function locateRow(cells: PositionCells): RowLocation {
	if (cells.geometry !== undefined && !isBlank(cells.geometry)) return fromGeometry(cells.geometry);
	const { x, y } = cells;
	if (x === undefined && y === undefined) {
		return { geometry: null, problems: cells.geometry === undefined ? [] : missing('geometry') };
	}
	if (isBlank(x) && isBlank(y)) return { geometry: null, problems: missing('x') };
	const pair = `${x ?? ''}; ${y ?? ''}`;
	if (isBlank(x) || isBlank(y)) {
		const field = isBlank(x) ? 'x' : 'y';
		return { geometry: null, problems: [{ field, code: 'coordinates-incomplete', value: pair }] };
	}
	// "59.833" is degrees with three decimals, not 59 833: no coordinate has a thousands dot.
	const east = parseNumber(x as Cell, { dotIsDecimal: true });
	const north = parseNumber(y as Cell, { dotIsDecimal: true });
	if (!east.ok || !north.ok || east.value === null || north.value === null) {
		const [field, cell, result] = !east.ok ? (['x', x, east] as const) : (['y', y, north] as const);
		const code = result.ok ? 'not-a-number' : result.code;
		return { geometry: null, problems: [{ field, code, value: cell ?? null }] };
	}
	const detection = detectCoordinates(east.value, north.value);
	if (!detection.ok) {
		return { geometry: null, problems: [{ field: 'x', code: detection.code, value: pair }] };
	}
	return located(detection.position, detection.reading, detection.nearAsker, 'x', pair);
}

function fromGeometry(cell: Cell): RowLocation {
	const parsed = parseGeometryCell(cell);
	if (!parsed.ok)
		return { geometry: null, problems: [{ field: 'geometry', code: parsed.code, value: cell }] };
	if (parsed.value === null) return { geometry: null, problems: missing('geometry') };
	const { geometry, srid } = parsed.value;
	const [first, second] = firstPosition(geometry);
	const detection = detectCoordinates(first, second, srid ?? undefined);
	if (!detection.ok) {
		return { geometry: null, problems: [{ field: 'geometry', code: detection.code, value: cell }] };
	}
	const { reading } = detection;
	const projected =
		geometry.type === 'Point'
			? detection.position
			: projectToCanonical(geometry, reading.srid, reading.swapped);
	return located(projected, reading, detection.nearAsker, 'geometry', cell);
}

function located(
	geometry: Utm32<BuildingGeometry> | Utm32<Point>,
	reading: CoordinateReading,
	nearAsker: boolean,
	field: 'x' | 'geometry',
	value: Cell
): RowLocation {
	const problems: RowLocation['problems'] = nearAsker
		? []
		: [{ field, code: 'coordinates-far-from-asker', value }];
	return { geometry, reading, problems };
}

function firstPosition(geometry: BuildingGeometry): [number, number] {
	const position =
		geometry.type === 'Point'
			? geometry.coordinates
			: geometry.type === 'Polygon'
				? geometry.coordinates[0]?.[0]
				: geometry.coordinates[0]?.[0]?.[0];
	return [position?.[0] ?? NaN, position?.[1] ?? NaN];
}

function missing(field: 'x' | 'geometry'): RowLocation['problems'] {
	return [{ field, code: 'position-missing', value: null }];
}

function isBlank(cell: Cell | undefined): boolean {
	return cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');
}
