import type { MultiPolygon, Point, Polygon, Position } from 'geojson';
import { parseCrsName } from '../../geometry/crs';
import type { BuildingGeometry } from '../types';
import type { CellResult } from './parse-cell';
import type { Cell } from './types';

/** A geometry as written in a cell, and the CRS the cell declares, if any. */
export interface GeometryCell {
	geometry: BuildingGeometry;
	/** From EWKT `SRID=25832;` or a GeoJSON `crs` member; null when the cell names none. */
	srid: number | null;
}

/**
 * Reads a geometry column: WKT or EWKT (`SRID=25832;POINT(580440 6633684)`) or GeoJSON text
 * (a geometry or a Feature, with an optional legacy `crs` member). Points, polygons and
 * multipolygons only; Z and M values are dropped, since the register is 2D. Rings must be
 * closed and have at least four positions. `POINT EMPTY` and an empty cell give null.
 * @example parseGeometryCell('POINT (10.43 59.83)') // { ok: true, value: { geometry: Point, srid: null } }
 */
export function parseGeometryCell(cell: Cell): CellResult<GeometryCell> {
	if (cell === null || typeof cell !== 'string') {
		return cell === null ? { ok: true, value: null } : { ok: false, code: 'invalid-geometry' };
	}
	const text = cell.trim();
	if (text === '') return { ok: true, value: null };
	try {
		return text.startsWith('{') ? readGeoJson(text) : readWkt(text);
	} catch {
		return { ok: false, code: 'invalid-geometry' };
	}
}

const SUPPORTED = new Set(['POINT', 'POLYGON', 'MULTIPOLYGON']);
const DEPTH: Record<string, number> = { POINT: 0, POLYGON: 2, MULTIPOLYGON: 3 };

function readGeoJson(text: string): CellResult<GeometryCell> {
	const data = JSON.parse(text) as {
		type?: unknown;
		geometry?: unknown;
		coordinates?: unknown;
		crs?: { properties?: { name?: unknown } };
	};
	const geometry = (data.type === 'Feature' ? data.geometry : data) as typeof data | null;
	const crsName = data.crs?.properties?.name ?? geometry?.crs?.properties?.name;
	let srid: number | null = null;
	if (crsName !== undefined) {
		try {
			srid = parseCrsName(String(crsName));
		} catch {
			return { ok: false, code: 'unknown-crs' };
		}
	}
	if (!geometry || typeof geometry.type !== 'string')
		return { ok: false, code: 'invalid-geometry' };
	const type = geometry.type.toUpperCase();
	if (!SUPPORTED.has(type)) return { ok: false, code: 'unsupported-geometry' };
	return build(type, geometry.coordinates, srid);
}

function readWkt(text: string): CellResult<GeometryCell> {
	const match = /^(?:SRID=(\d+);)?\s*([A-Z]+)\s*(?:ZM|Z|M)?\s*([\s\S]*)$/i.exec(text);
	if (!match) return { ok: false, code: 'invalid-geometry' };
	const [, sridText, typeText = '', body = ''] = match;
	let srid: number | null = null;
	if (sridText !== undefined) {
		try {
			srid = parseCrsName(`EPSG:${sridText}`);
		} catch {
			return { ok: false, code: 'unknown-crs' };
		}
	}
	const type = typeText.toUpperCase();
	if (/^EMPTY$/i.test(body.trim()) && SUPPORTED.has(type)) return { ok: true, value: null };
	if (!SUPPORTED.has(type)) {
		return /^[A-Z]+$/.test(type) && body.trim().startsWith('(')
			? { ok: false, code: 'unsupported-geometry' }
			: { ok: false, code: 'invalid-geometry' };
	}
	const tokens = body.match(/\(|\)|,|[^\s(),]+/g) ?? [];
	const cursor = { at: 0 };
	const nested = readList(tokens, cursor);
	if (cursor.at !== tokens.length) return { ok: false, code: 'invalid-geometry' };
	return build(type, type === 'POINT' ? (nested as unknown[])[0] : nested, srid);
}

/** A parenthesised list whose items are lists or positions ("x y [z [m]]"). */
function readList(tokens: string[], cursor: { at: number }): unknown[] {
	if (tokens[cursor.at++] !== '(') throw new Error('expected (');
	const items: unknown[] = [];
	for (;;) {
		if (tokens[cursor.at] === '(') items.push(readList(tokens, cursor));
		else {
			const position: number[] = [];
			while (cursor.at < tokens.length && !/^[(),]$/.test(tokens[cursor.at] as string)) {
				position.push(Number(tokens[cursor.at++]));
			}
			items.push(position);
		}
		const next = tokens[cursor.at++];
		if (next === ')') return items;
		if (next !== ',') throw new Error('expected , or )');
	}
}

function build(type: string, coordinates: unknown, srid: number | null): CellResult<GeometryCell> {
	const clean = flatten2d(coordinates, DEPTH[type] as number);
	if (clean === null) return { ok: false, code: 'invalid-geometry' };
	let geometry: BuildingGeometry;
	if (type === 'POINT') geometry = { type: 'Point', coordinates: clean as Point['coordinates'] };
	else if (type === 'POLYGON') {
		geometry = { type: 'Polygon', coordinates: clean as Polygon['coordinates'] };
	} else geometry = { type: 'MultiPolygon', coordinates: clean as MultiPolygon['coordinates'] };
	const rings =
		geometry.type === 'Polygon'
			? geometry.coordinates
			: geometry.type === 'MultiPolygon'
				? geometry.coordinates.flat()
				: [];
	if (geometry.type !== 'Point' && (rings.length === 0 || !rings.every(isClosedRing))) {
		return { ok: false, code: 'invalid-geometry' };
	}
	return { ok: true, value: { geometry, srid } };
}

/** Checks nesting depth (0 = a position) and keeps x and y of each position. */
function flatten2d(value: unknown, depth: number): unknown {
	if (!Array.isArray(value)) return null;
	if (depth === 0) {
		const [x, y] = value as unknown[];
		const ok = typeof x === 'number' && typeof y === 'number';
		return ok && Number.isFinite(x) && Number.isFinite(y) ? [x, y] : null;
	}
	if (value.length === 0) return null;
	const inner = value.map((item) => flatten2d(item, depth - 1));
	return inner.includes(null) ? null : inner;
}

function isClosedRing(ring: Position[]): boolean {
	const first = ring[0];
	const last = ring[ring.length - 1];
	return ring.length >= 4 && !!first && !!last && first[0] === last[0] && first[1] === last[1];
}
