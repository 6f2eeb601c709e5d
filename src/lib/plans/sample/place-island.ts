import type { Paths64, Point64 } from 'clipper2-ts';
import type { Random } from '../../buildings/sample/prng';
import { circleArcs, densifyArcs, type ArcPoints } from './arc-ring';
import { areaOf, offsetArea, partsOf, subtractAreas } from './area-ops';
import { blob } from './blob';
import type { DraftPlan } from './draft-plan';
import { findPolygonProblem } from './find-polygon-problem';
import { interiorPoint } from './interior-point';
import { MM, toPosition } from './local-frame';
import type { Defect, DraftArea } from './types';

export interface IslandSpec {
	id: string;
	municipality: string;
	/** Code of the area the island is cut out of (LNFR 5100). */
	host: string;
	code: string;
	name: string;
	radius: number;
	stretch: number;
	/**
	 * A circle of `radius` stored as four `.BUEP` arcs (defect kind 'arc') instead of an
	 * irregular oval: the island is the ring a reader densifies from those arcs.
	 */
	round?: boolean;
}

/** Islands stay this far (m) inside their host and this far from points to avoid. */
const MARGIN = 40;
const SPACING = 1_500;

/**
 * Cuts an island out of the largest untagged area of the host code that can hold it: the
 * host gets a hole and the island becomes an area of its own that fills the hole exactly
 * (a lake 6600 in LNFR, a sports ground 1400 in LNFR). SOSI writes this as a FLATE with
 * an island reference `(:n)` next to a FLATE of its own, which a reader must not lose.
 * A round island also returns its arcs, for the SOSI file to store its ring as `.BUEP`s.
 * @example placeIsland(plan, { id: 'D13', host: '5100', code: '6600', … }, random, [])
 */
export function placeIsland(
	plan: DraftPlan,
	spec: IslandSpec,
	random: Random,
	avoid: readonly Point64[]
): { plan: DraftPlan; defect: Defect; centre: Point64; arcs: ArcPoints[] | null } {
	const candidates = plan.areas
		.map((a, i) => ({ a, i, size: areaOf(a.area) }))
		.filter(({ a }) => a.code === spec.host && a.tags.length === 0)
		.sort((p, q) => q.size - p.size);
	for (const { a, i } of candidates) {
		const room = offsetArea(a.area, -(spec.radius + MARGIN));
		if (room.length === 0) continue;
		const centre = interiorPoint(partsOf(room)[0] as Paths64);
		if (avoid.some((p) => Math.hypot(p.x - centre.x, p.y - centre.y) < SPACING * MM)) continue;
		const arcs = spec.round ? circleArcs(centre, spec.radius) : null;
		const island = arcs
			? densifyArcs(arcs)
			: blob(
					centre,
					{ radius: spec.radius, stretch: spec.stretch, angle: random.uniform(0, Math.PI) },
					random
				);
		const host = subtractAreas(a.area, [island]);
		if (partsOf(host).length !== 1 || findPolygonProblem(host) !== null) continue;
		const areas: DraftArea[] = plan.areas.map((x, k) =>
			k === i ? { ...x, area: host, tags: [...x.tags, spec.id] } : x
		);
		areas.push({ area: [island], code: spec.code, status: 1, tags: [spec.id] });
		return {
			plan: { ...plan, areas },
			centre,
			arcs,
			defect: {
				id: spec.id,
				municipalities: [spec.municipality],
				kind: arcs ? 'arc' : 'hole',
				expected: null,
				point: toPosition(interiorPoint([island])) as [number, number],
				areaM2: Math.round(areaOf([island])),
				widthM: null,
				natural: false,
				objectIds: [],
				description: arcs
					? `${spec.name} (${spec.code}) as a round island of radius ${spec.radius} m: in the SOSI file its boundary is four .BUEP arcs shared by its own FLATE and the hole of the ${spec.host} area around it, so readers must densify both into the same ring. No conflict expected; no sliver may appear between the island and its host.`
					: `${spec.name} (${spec.code}) as an island: the ${spec.host} area around it has a hole of exactly its shape. No conflict expected; the hole must survive reading and merging.`
			}
		};
	}
	throw new RangeError(`no ${spec.host} area can hold the island ${spec.id}`);
}
