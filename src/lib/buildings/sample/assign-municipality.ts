import type { Position } from 'geojson';
import type { OldMunicipality } from '../types';
import { containsPoint, distanceToBoundary } from './planar-polygon';

/** One old municipality's area in EPSG:25832 metres. */
export interface MunicipalityArea {
	number: OldMunicipality;
	polygons: Position[][][];
}

export interface MunicipalityAssignment {
	municipality: OldMunicipality;
	/**
	 * `inside`: in exactly one polygon. `overlap`: in several (the generalised 2019 polygons
	 * overlap along the seams), the one it is deepest inside is taken. `nearest`: in none
	 * (generalised coastline), the nearest polygon is taken.
	 */
	method: 'inside' | 'overlap' | 'nearest';
	/** For `nearest`, how far outside the point is, metres; else 0. */
	distance: number;
}

/**
 * The old municipality a point (EPSG:25832) belongs to, by point-in-polygon, with the
 * seam and coastline fallbacks described on MunicipalityAssignment.
 * @example assignMunicipality(580166, 6633343, areas).municipality // '0220'
 */
export function assignMunicipality(
	x: number,
	y: number,
	areas: readonly MunicipalityArea[]
): MunicipalityAssignment {
	if (areas.length === 0) throw new RangeError('no municipality areas given');
	const hits = areas.filter((area) => containsPoint(area.polygons, x, y));
	if (hits.length === 1) return { municipality: hits[0]!.number, method: 'inside', distance: 0 };
	const candidates = hits.length > 1 ? hits : areas;
	const ranked = candidates
		.map((area) => ({ area, d: distanceToBoundary(area.polygons, x, y) }))
		.sort((a, b) => (hits.length > 1 ? b.d - a.d : a.d - b.d));
	const best = ranked[0]!;
	return hits.length > 1
		? { municipality: best.area.number, method: 'overlap', distance: 0 }
		: { municipality: best.area.number, method: 'nearest', distance: best.d };
}
