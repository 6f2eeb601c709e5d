import { featureCollection, point, voronoi } from '@turf/turf';
import { assumeCrs } from '../../geometry/types';
import { checkPartition } from '../check-partition';
import { fixPartition } from '../fix-partition';
import type { Zone, ZoneGeometry } from '../types';
import { counterClockwise, densify, roundMm } from './ring-steps';

/** A named point a zone grows from (a school, or a seeded point). EPSG:25832 metres. */
export interface ZoneSite {
	name: string;
	x: number;
	y: number;
}

export interface VoronoiZoneOptions {
	/** Cell edges get a vertex every `step` metres, so zones have a realistic vertex count. */
	step: number;
	/** Zone ids are `${idPrefix}01`, `${idPrefix}02`, … in site order. */
	idPrefix?: string;
}

/** Slivers the clipping leaves at the coast join a neighbour; nothing else is that thin. */
const SLIVERS = { sliverWidth: 5, minArea: 100 };

/**
 * One zone per site: its Voronoi cell (the ground nearer to it than to any other site),
 * clipped to the boundary and finished with `fixPartition`, so the zones are a partition of
 * the boundary with no problems left. Deterministic: the same sites give the same zones.
 * Throws if the result is not a partition (it would be a bug, not a planner's problem).
 * @example voronoiZones(boundary, [{ name: 'Heggedal', x: 584000, y: 6631000 }, …], { step: 100 })
 */
export function voronoiZones(
	boundary: ZoneGeometry,
	sites: readonly ZoneSite[],
	options: VoronoiZoneOptions
): Zone[] {
	if (sites.length === 0) throw new RangeError('voronoiZones needs at least one site');
	const [minX, minY, maxX, maxY] = extent(boundary);
	// The cells tile this frame, a kilometre larger than the boundary, so clipping is all
	// that is needed at the edge.
	const bbox: [number, number, number, number] = [
		minX - 1000,
		minY - 1000,
		maxX + 1000,
		maxY + 1000
	];
	const cells = voronoi(featureCollection(sites.map((s) => point([s.x, s.y]))), { bbox }).features;
	const prefix = options.idPrefix ?? 'z';
	const drawn: Zone[] = [];
	sites.forEach((site, i) => {
		const cell = cells[i];
		// d3-voronoi gives no cell to a site that repeats an earlier one.
		if (!cell) return;
		const ring = counterClockwise(cell.geometry.coordinates[0]!.slice(0, -1).map(roundMm));
		const closed = densify(ring, options.step);
		drawn.push({
			id: `${prefix}${String(i + 1).padStart(2, '0')}`,
			name: site.name,
			geometry: assumeCrs({ type: 'Polygon', coordinates: [[...closed, closed[0]!]] }, 25832)
		});
	});
	const { zones } = fixPartition({ zones: drawn, boundary }, SLIVERS);
	const left = checkPartition({ zones, boundary });
	if (left.length > 0) {
		throw new Error(`voronoiZones left ${left.length} problems: ${left[0]!.detail}`);
	}
	return zones;
}

function extent(geometry: ZoneGeometry): [number, number, number, number] {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const p of polygons.flat(2)) {
		minX = Math.min(minX, p[0]!);
		minY = Math.min(minY, p[1]!);
		maxX = Math.max(maxX, p[0]!);
		maxY = Math.max(maxY, p[1]!);
	}
	return [minX, minY, maxX, maxY];
}
