import type { Paths64, Point64 } from 'clipper2-ts';
import type { Random } from '../../buildings/sample/prng';
import { areaOf, containsLocalPoint, intersectAreas, partsOf } from './area-ops';
import { blob } from './blob';
import type { PlacedCentre } from './build-mosaic';
import type { DraftPlan } from './draft-plan';
import { interiorPoint } from './interior-point';
import { MM } from './local-frame';
import type { DraftZone } from './types';
import type { ZoneSite } from './zone-sites';

/**
 * The hensynssoner of one plan from its zone sites: an irregular oval at the site's place,
 * clipped to the plan area (the largest piece is kept). Zones overlap the land use and each
 * other, as § 11-8 allows ("Det kan angis flere soner for samme areal").
 * @example makeZones(plan, ZONE_SITES['0220'], centres, islands, createRandom('0220:zones'))
 */
export function makeZones(
	plan: DraftPlan,
	sites: readonly ZoneSite[],
	centres: readonly PlacedCentre[],
	islands: ReadonlyMap<string, Point64>,
	random: Random
): DraftZone[] {
	const rural = plan.areas
		.filter((a) => a.code === '5100' && a.tags.length === 0)
		.map((a) => ({ a, size: areaOf(a.area) }))
		.sort((p, q) => q.size - p.size)
		.slice(0, 12)
		.map(({ a }) => interiorPoint(a.area));
	return sites.map((site) => {
		const centre = placeOf(site, plan.boundary, centres, islands, rural, random);
		const shape = blob(
			centre,
			{ radius: site.radius, stretch: site.stretch, angle: random.uniform(0, Math.PI) },
			random
		);
		const pieces = partsOf(intersectAreas([shape], plan.boundary)).sort(
			(p, q) => areaOf(q) - areaOf(p)
		);
		const area = pieces[0];
		if (!area)
			throw new RangeError(`zone ${site.code} "${site.description}" lies outside the plan`);
		return { area, code: site.code, description: site.description, tags: [] };
	});
}

function placeOf(
	site: ZoneSite,
	boundary: Paths64,
	centres: readonly PlacedCentre[],
	islands: ReadonlyMap<string, Point64>,
	rural: readonly Point64[],
	random: Random
): Point64 {
	const place = site.place;
	if ('island' in place) {
		const island = islands.get(place.island);
		if (!island) throw new RangeError(`no island ${place.island}`);
		return island;
	}
	if ('rural' in place) return random.pick(rural);
	const centre = centres.find((c) => c.name === place.centre);
	if (!centre) throw new RangeError(`no centre ${place.centre}`);
	// A centre on the coast has sea on one side: try other directions, then come closer.
	for (let attempt = 0; attempt < 16; attempt++) {
		const angle = random.uniform(0, 2 * Math.PI);
		const reach = place.offset * MM * (1 - attempt / 16);
		const point = {
			x: Math.round(centre.point.x + Math.cos(angle) * reach),
			y: Math.round(centre.point.y + Math.sin(angle) * reach)
		};
		if (containsLocalPoint(boundary, point)) return point;
	}
	return centre.point;
}
