import type { Path64, Paths64, Point64 } from 'clipper2-ts';
import { containsLocalPoint, partsOf, subtractAreas, unionAreas } from './area-ops';
import { nodeAreas } from './node-areas';
import type { DraftArea } from './types';

/** A plan being generated: its plan area (KpOmråde) and land-use areas, local millimetres. */
export interface DraftPlan {
	boundary: Paths64;
	areas: DraftArea[];
}

/**
 * Removes a shape from every land-use area (a sliver or a notch along the border); the
 * plan area keeps its outline. Areas and boundary are noded against the shape first, so the
 * cut shares its vertices with everything it touches. An area cut in two becomes two.
 * @example cutFromPlan(plan, rectangleOn(stretch, 0.5, 'inside'))
 */
export function cutFromPlan(plan: DraftPlan, shape: Path64): DraftPlan {
	const { areas, boundary, cutter } = nodePlan(plan, shape);
	const out: DraftArea[] = [];
	areas.forEach((draft) => {
		for (const part of partsOf(subtractAreas(draft.area, cutter)))
			out.push({ ...draft, area: part });
	});
	return { boundary, areas: out };
}

/**
 * Grows the area that contains `inside` by a shape (a strip past the border, drawn as if
 * the planner had used another boundary). Returns the index of the grown area.
 * @example extendArea(plan, rectangleOn(stretch, 12, 'outside'), pointJustInside, 'D04')
 */
export function extendArea(
	plan: DraftPlan,
	shape: Path64,
	inside: Point64,
	tag: string
): { plan: DraftPlan; index: number } {
	const { areas, boundary, cutter } = nodePlan(plan, shape);
	const index = areas.findIndex((a) => containsLocalPoint(a.area, inside));
	const target = areas[index];
	if (!target) throw new RangeError('no land-use area at the extension');
	const grown = partsOf(unionAreas([target.area, cutter]));
	if (grown.length !== 1) throw new RangeError('the extension does not join its area');
	const next = areas.map((a, i) =>
		i === index ? { ...a, area: grown[0] as Paths64, tags: [...a.tags, tag] } : a
	);
	return { plan: { boundary, areas: next }, index };
}

function nodePlan(
	plan: DraftPlan,
	shape: Path64
): { areas: DraftArea[]; boundary: Paths64; cutter: Paths64 } {
	const noded = nodeAreas([plan.boundary, ...plan.areas.map((a) => a.area)], [shape]);
	const [boundary, ...rest] = noded.areas as [Paths64, ...Paths64[]];
	const areas = plan.areas.map((a, i) =>
		rest[i] === a.area ? a : { ...a, area: rest[i] as Paths64 }
	);
	return { areas, boundary, cutter: noded.cutter };
}
