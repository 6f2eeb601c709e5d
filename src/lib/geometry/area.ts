import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { Utm32 } from './types';

/*
 * Planar measures in EUREF89 UTM 32N: the one method Planbord uses for official figures,
 * equal to PostGIS ST_Area/ST_Length on geometry(…, 25832). Turf's area and length are
 * spherical (0.55 % smaller near Asker), so they are deliberately not used here.
 */

/**
 * Area in m² of a polygon or multipolygon (holes subtracted), shoelace formula.
 * @example planarArea(toUtm32(polygon)) // m²
 */
export function planarArea(geometry: Utm32<Polygon | MultiPolygon>): number {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let total = 0;
	for (const [outer, ...holes] of polygons) {
		if (!outer) continue;
		total += Math.abs(ringArea(outer));
		for (const hole of holes) total -= Math.abs(ringArea(hole));
	}
	return total;
}

/**
 * Length in metres of lines, or the perimeter of polygons (all rings).
 * @example planarLength(toUtm32(line)) // m
 */
export function planarLength(
	geometry: Utm32<LineString | MultiLineString | Polygon | MultiPolygon>
): number {
	const lines: Position[][] =
		geometry.type === 'LineString'
			? [geometry.coordinates]
			: geometry.type === 'MultiPolygon'
				? geometry.coordinates.flat()
				: geometry.coordinates;
	return lines.reduce((sum, line) => sum + lineLength(line), 0);
}

/** Signed shoelace area; coordinates are shifted to the first vertex to keep precision. */
function ringArea(ring: Position[]): number {
	const first = ring[0];
	if (!first || ring.length < 4) return 0;
	const [x0, y0] = first as [number, number];
	let twice = 0;
	for (let i = 0; i < ring.length - 1; i++) {
		const [x1, y1] = ring[i] as [number, number];
		const [x2, y2] = ring[i + 1] as [number, number];
		twice += (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
	}
	return twice / 2;
}

function lineLength(line: Position[]): number {
	let sum = 0;
	for (let i = 1; i < line.length; i++) {
		const [x1, y1] = line[i - 1] as [number, number];
		const [x2, y2] = line[i] as [number, number];
		sum += Math.hypot(x2 - x1, y2 - y1);
	}
	return sum;
}

/** m² → km², the unit municipal statistics report areas in. */
export function squareMetresToKm2(m2: number): number {
	return m2 / 1_000_000;
}
