import type { Paths64, Point64 } from 'clipper2-ts';
import { createRandom } from '../../buildings/sample/prng';
import { containsLocalPoint } from './area-ops';
import { chooseLanduse, type CellSetting } from './choose-landuse';
import { dissolveNeighbours } from './dissolve-neighbours';
import type { DraftPlan } from './draft-plan';
import { MM } from './local-frame';
import type { CentreKind, MunicipalityProfile } from './profiles';
import { seedPoints, type DensityCentre } from './seed-points';
import type { DraftArea } from './types';
import { voronoiCells } from './voronoi-cells';

/** A centre of the profile with its position in local millimetres. */
export interface PlacedCentre {
	name: string;
	point: Point64;
	radius: number;
	kind: CentreKind;
}

/** How much denser the seeds are at a centre than in the countryside. */
const SEED_WEIGHT: Readonly<Record<CentreKind, number>> = { sentrum: 14, tettsted: 8, industri: 8 };

/**
 * The land-use mosaic of one plan: density-weighted Voronoi cells clipped to the boundary,
 * a PBL 2008 code for each from its distance to the nearest centre (and whether it is
 * outside the land outline), then neighbours of the same code dissolved. Each seed draws
 * from its own stream, so the code of one cell does not depend on how many others exist.
 * @example buildMosaic(profile, boundary, land, centres).areas.length
 */
export function buildMosaic(
	profile: MunicipalityProfile,
	boundary: Paths64,
	land: Paths64,
	centres: readonly PlacedCentre[]
): DraftPlan {
	const m = profile.municipality;
	const density: DensityCentre[] = centres.map((c) => ({
		point: c.point,
		radius: c.radius * 1.3,
		weight: SEED_WEIGHT[c.kind]
	}));
	const seeds = seedPoints(boundary, profile.cells, density, createRandom(`${m}:seeds`));
	const { cells, boundary: noded } = voronoiCells(seeds, boundary);
	const choices = seeds.map((seed, i) =>
		chooseLanduse(settingOf(seed, centres, land), createRandom(`${m}:cell:${i}`))
	);
	const areas: DraftArea[] = cells.map((cell) => {
		const { code, status } = choices[cell.seed] as { code: string; status: number };
		return { area: cell.area, code, status, tags: [] };
	});
	return {
		boundary: noded,
		areas: dissolveNeighbours(areas, profile.dissolve, createRandom(`${m}:dissolve`))
	};
}

/** Reach to the nearest centre (in radii), its kind, and whether the point is off the land. */
export function settingOf(
	point: Point64,
	centres: readonly PlacedCentre[],
	land: Paths64
): CellSetting {
	let reach = Infinity;
	let kind: CentreKind = 'tettsted';
	for (const c of centres) {
		const r = Math.hypot(point.x - c.point.x, point.y - c.point.y) / MM / c.radius;
		if (r < reach) [reach, kind] = [r, c.kind];
	}
	return { reach, kind, water: !containsLocalPoint(land, point) };
}
