import { booleanPointInPolygon } from '@turf/turf';
import { mulberry32 } from '../../buildings/sample/prng';
import { planarArea } from '../../geometry/area';
import type { ZoneGeometry } from '../types';
import type { ZoneSite } from './voronoi-zones';

/**
 * `count` points inside the boundary, named "Sone 1", "Sone 2", …, spread out by keeping
 * each at least half the spacing of an even grid from the others (so no zone is a sliver
 * between two nearly equal points). Seeded: the same seed gives the same points.
 * @example seededSites(boundary, 50, 1)
 */
export function seededSites(boundary: ZoneGeometry, count: number, seed: number): ZoneSite[] {
	const next = mulberry32(seed);
	const polygons = boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates;
	const xs = polygons.flat(2).map((p) => p[0]!);
	const ys = polygons.flat(2).map((p) => p[1]!);
	const [minX, maxX, minY, maxY] = [
		Math.min(...xs),
		Math.max(...xs),
		Math.min(...ys),
		Math.max(...ys)
	];
	let spacing = 0.5 * Math.sqrt(planarArea(boundary) / count);
	const sites: ZoneSite[] = [];
	for (let tries = 0; sites.length < count; tries++) {
		// A boundary too thin for the spacing would never fill up: relax it now and then.
		if (tries > 0 && tries % (count * 200) === 0) spacing *= 0.8;
		const x = Math.round((minX + next() * (maxX - minX)) * 1000) / 1000;
		const y = Math.round((minY + next() * (maxY - minY)) * 1000) / 1000;
		if (!booleanPointInPolygon([x, y], boundary)) continue;
		if (sites.some((s) => Math.hypot(s.x - x, s.y - y) < spacing)) continue;
		sites.push({ name: `Sone ${sites.length + 1}`, x, y });
	}
	return sites;
}
