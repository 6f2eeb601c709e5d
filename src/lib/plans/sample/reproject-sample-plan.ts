import type { MultiPolygon, Polygon, Position } from 'geojson';
import { reprojectGeometry } from '../../geometry/reproject';
import type { PlanDocument } from '../types';

/**
 * A sample plan moved to another EPSG code for writing (Hurum ships in UTM 33), every
 * coordinate rounded to 1 mm and vertices that rounding makes equal to the one before
 * dropped. Properties are shared with the input, geometries are new.
 * @example reprojectSamplePlan(hurum, 25833).srid // 25833
 */
export function reprojectSamplePlan(document: PlanDocument, srid: number): PlanDocument {
	return {
		...document,
		srid,
		features: document.features.map((f) => {
			const moved = reprojectGeometry(f.geometry, document.srid, srid) as Polygon | MultiPolygon;
			const geometry: Polygon | MultiPolygon =
				moved.type === 'Polygon'
					? { type: 'Polygon', coordinates: moved.coordinates.map(roundRing) }
					: { type: 'MultiPolygon', coordinates: moved.coordinates.map((p) => p.map(roundRing)) };
			return { ...f, geometry };
		})
	};
}

function roundRing(ring: Position[]): Position[] {
	const out: Position[] = [];
	for (const p of ring) {
		const q = [
			Math.round((p[0] as number) * 1000) / 1000,
			Math.round((p[1] as number) * 1000) / 1000
		];
		const last = out[out.length - 1];
		if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
	}
	return out;
}
