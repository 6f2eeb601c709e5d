import type { Paths64, Point64 } from 'clipper2-ts';
import { Clipper } from 'clipper2-ts';
import { voronoi } from '@turf/turf';
import { boundsOf, intersectAreas, partsOf } from './area-ops';
import { MM } from './local-frame';
import { nodeAreas } from './node-areas';

/** One piece of a Voronoi cell inside the boundary, with the index of its seed. */
export interface Cell {
	seed: number;
	area: Paths64;
}

/** How far (m) the Voronoi diagram reaches past the boundary before it is clipped. */
const MARGIN = 2_000;

/**
 * The Voronoi cells of the seeds clipped to the boundary: a mosaic that covers the
 * boundary exactly, neighbours sharing their edges vertex for vertex. Turf's voronoi is
 * planar (d3-voronoi), so it runs on local metres. A cell that the boundary cuts in two
 * gives two pieces with the same seed. Also returns the boundary with the crossing points
 * inserted: the union of the cells is exactly this ring, so it is the plan area to write.
 * @example const { cells, boundary } = voronoiCells(seeds, area)
 */
export function voronoiCells(
	seeds: readonly Point64[],
	area: Paths64
): { cells: Cell[]; boundary: Paths64 } {
	const box = boundsOf(area);
	const bbox: [number, number, number, number] = [
		box.left / MM - MARGIN,
		box.bottom / MM - MARGIN,
		box.right / MM + MARGIN,
		box.top / MM + MARGIN
	];
	const points = {
		type: 'FeatureCollection' as const,
		features: seeds.map((p) => ({
			type: 'Feature' as const,
			properties: {},
			geometry: { type: 'Point' as const, coordinates: [p.x / MM, p.y / MM] }
		}))
	};
	const polygons = voronoi(points, { bbox }).features;
	const raw: Paths64 = polygons.map((f) => {
		const ring = (f.geometry.coordinates[0] ?? [])
			.slice(0, -1)
			.map(([x = NaN, y = NaN]): Point64 => ({ x: Math.round(x * MM), y: Math.round(y * MM) }));
		const path = Clipper.stripDuplicates(ring, true);
		return Clipper.isPositive(path) ? path : path.reverse();
	});
	const noded = nodeAreas(
		raw.map((path) => [path]),
		area
	);
	const cells: Cell[] = [];
	noded.areas.forEach((cell, seed) => {
		for (const part of partsOf(intersectAreas(cell, noded.cutter)))
			cells.push({ seed, area: part });
	});
	return { cells, boundary: noded.cutter };
}
