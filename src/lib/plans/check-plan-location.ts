import type { MultiPolygon, Polygon, Position } from 'geojson';
import { CrsError, ReasonCoordinatesOutsideCrs } from '../errors';
import type { PlanFeature } from './types';

type BBox = [number, number, number, number];

/** How far outside its municipality a plan may reach before the CRS is suspect (metres). */
const TOLERANCE = 5_000;

/**
 * Refuses a plan that lands far from the municipality it claims to belong to. That is the
 * signature of coordinates read in the wrong CRS: UTM 33 read as UTM 32 moves Asker about
 * 300 km, NTM read as UTM ends up in the sea off Africa. Runs after reprojection to 25832.
 * @example checkPlanLocation(features, asker.geometry, { file: 'asker.gml', srid: 25833 })
 */
export function checkPlanLocation(
	features: PlanFeature[],
	territory: Polygon | MultiPolygon,
	context: { file: string; srid: number; municipalityName: string }
): void {
	const plan = bboxOf(features.flatMap((f) => positionsOf(f.geometry)));
	const home = bboxOf(positionsOf(territory));
	if (!plan || !home) return;
	const dx = Math.max(home[0] - plan[2], plan[0] - home[2], 0);
	const dy = Math.max(home[1] - plan[3], plan[1] - home[3], 0);
	const distance = Math.hypot(dx, dy);
	if (distance > TOLERANCE) {
		throw new CrsError(
			ReasonCoordinatesOutsideCrs,
			`read as EPSG:${context.srid}, the plan lies ${Math.round(distance / 1000)} km from ${context.municipalityName}: wrong coordinate system or zone?`,
			{ file: context.file }
		);
	}
}

function positionsOf(geometry: Polygon | MultiPolygon): Position[] {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	return polygons.flatMap((rings) => rings[0] ?? []);
}

function bboxOf(positions: Position[]): BBox | null {
	if (positions.length === 0) return null;
	const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x = NaN, y = NaN] of positions) {
		box[0] = Math.min(box[0], x);
		box[1] = Math.min(box[1], y);
		box[2] = Math.max(box[2], x);
		box[3] = Math.max(box[3], y);
	}
	return box;
}
