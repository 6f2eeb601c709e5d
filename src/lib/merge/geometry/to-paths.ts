import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Path64, Paths64 } from 'clipper2-ts';

/**
 * Grid units per metre. EPSG:25832 metres × 1000 puts every coordinate on a 1 mm grid, so
 * Clipper's integer overlay is exact and the same on every machine: the reason the merge
 * runs here and not in two different GEOS versions behind PostgreSQL and PGlite.
 */
export const UNITS_PER_METRE = 1000;

/** The rings of each polygon of a GeoJSON geometry on the grid, as drawn (possibly invalid). */
export interface GridRings {
	/** One entry per polygon: its outer ring first, then its holes. */
	polygons: Paths64[];
	/** Positions that were not finite numbers and were left out. */
	skippedPositions: number;
}

/**
 * Moves a Polygon/MultiPolygon in metres onto the integer grid: coordinates × 1000, rounded;
 * the closing vertex and consecutive repeats dropped (Clipper wants open rings, and repeated
 * vertices are what GDAL leaves at SOSI curve joins, plan-standards R8). Orientation and
 * validity are left as drawn: `repairGeometry` decides what the rings mean.
 * @example toGridRings({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] })
 */
export function toGridRings(geometry: Polygon | MultiPolygon): GridRings {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let skippedPositions = 0;
	const out: Paths64[] = [];
	for (const rings of polygons) {
		const paths: Paths64 = [];
		for (const ring of rings) {
			const { path, skipped } = toGridPath(ring);
			skippedPositions += skipped;
			paths.push(path);
		}
		out.push(paths);
	}
	return { polygons: out, skippedPositions };
}

function toGridPath(ring: Position[]): { path: Path64; skipped: number } {
	const path: Path64 = [];
	let skipped = 0;
	for (const position of ring) {
		const [mx, my] = position;
		if (!Number.isFinite(mx) || !Number.isFinite(my)) {
			skipped++;
			continue;
		}
		const x = Math.round((mx as number) * UNITS_PER_METRE);
		const y = Math.round((my as number) * UNITS_PER_METRE);
		const last = path[path.length - 1];
		if (last && last.x === x && last.y === y) continue;
		path.push({ x, y });
	}
	const first = path[0];
	const last = path[path.length - 1];
	if (path.length > 1 && first && last && first.x === last.x && first.y === last.y) path.pop();
	return { path, skipped };
}
