import type { LineString, Polygon, Position } from 'geojson';
import { planarArea, planarLength } from './area';
import { toUtm32 } from './reproject';
import { assumeCrs } from './types';

export interface Measurement {
	/** Length of the path through the points, metres. */
	lengthM: number;
	/** Area of the closed polygon, m², when there are at least three points; else null. */
	areaM2: number | null;
}

/**
 * Measures what a user clicked on the map (WGS 84 lon/lat) with the official method:
 * reproject to EPSG:25832 and measure in the plane, exactly as the server does.
 * @example measureClicks([[10.43, 59.83], [10.44, 59.83]]).lengthM // ≈ 561 m
 */
export function measureClicks(points: readonly Position[]): Measurement {
	if (points.length < 2) return { lengthM: 0, areaM2: null };
	const line: LineString = { type: 'LineString', coordinates: [...points] };
	const lengthM = planarLength(toUtm32(assumeCrs(line, 4326)));
	if (points.length < 3) return { lengthM, areaM2: null };
	const polygon: Polygon = { type: 'Polygon', coordinates: [[...points, points[0]!]] };
	return { lengthM, areaM2: planarArea(toUtm32(assumeCrs(polygon, 4326))) };
}
