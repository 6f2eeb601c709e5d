import type { MultiPolygon, Polygon, Position } from 'geojson';
import {
	GeometryError,
	ReasonEmptyGeometry,
	ReasonInvalidGeometry,
	ReasonUnsupportedGeometryType,
	type ErrorLocation
} from '../../errors';

/** A zone geometry with its structure checked, in 2D, in the file's CRS. */
export interface CheckedGeometry {
	geometry: Polygon | MultiPolygon;
	droppedDimensions: boolean;
}

/**
 * Checks what a file says is a zone's geometry before anything measures it: a Polygon or
 * MultiPolygon (holes and parts are legal zones), not empty, every position two or more
 * finite numbers. Heights are dropped. Topology (bow-ties, stray holes) is repairPolygon's
 * business, and unclosed rings are closed there, so neither is refused here.
 * @example checkZoneGeometry(feature.geometry, { feature: 'Heggedal' }).geometry.type
 */
export function checkZoneGeometry(value: unknown, where: ErrorLocation): CheckedGeometry {
	const geometry = value as { type?: unknown; coordinates?: unknown } | null | undefined;
	if (geometry === null || geometry === undefined) {
		throw new GeometryError(ReasonEmptyGeometry, 'the feature has no geometry', where);
	}
	if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
		const type = typeof geometry.type === 'string' ? geometry.type : 'unknown';
		throw new GeometryError(
			ReasonUnsupportedGeometryType,
			`a ${type}; a zone must be a Polygon or MultiPolygon`,
			where
		);
	}
	const invalid = (detail: string) => new GeometryError(ReasonInvalidGeometry, detail, where);
	let droppedDimensions = false;
	const position = (p: unknown): Position => {
		if (!Array.isArray(p) || p.length < 2) throw invalid('a position is not [x, y]');
		const [x, y] = p as unknown[];
		if (
			typeof x !== 'number' ||
			typeof y !== 'number' ||
			!Number.isFinite(x) ||
			!Number.isFinite(y)
		) {
			throw invalid(`coordinate (${String(x)}, ${String(y)}) is not a number`);
		}
		if (p.length > 2) droppedDimensions = true;
		return [x, y];
	};
	const ring = (r: unknown): Position[] => {
		if (!Array.isArray(r) || r.length === 0) throw invalid('a ring is not a list of positions');
		return r.map(position);
	};
	const polygon = (rings: unknown): Position[][] => {
		if (!Array.isArray(rings)) throw invalid('a polygon is not a list of rings');
		return rings.map(ring);
	};
	if (!Array.isArray(geometry.coordinates)) throw invalid('coordinates are not a list');
	const checked: Polygon | MultiPolygon =
		geometry.type === 'Polygon'
			? { type: 'Polygon', coordinates: polygon(geometry.coordinates) }
			: {
					type: 'MultiPolygon',
					coordinates: geometry.coordinates.map(polygon).filter((p) => p.length > 0)
				};
	if (checked.coordinates.length === 0) {
		throw new GeometryError(ReasonEmptyGeometry, `an empty ${geometry.type}`, where);
	}
	return { geometry: checked, droppedDimensions };
}
