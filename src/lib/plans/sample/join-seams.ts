import type { Paths64 } from 'clipper2-ts';
import type { DraftPlan } from './draft-plan';
import { nodeAreas } from './node-areas';

/**
 * Makes plans that share a border share its vertices. Each plan's mosaic was noded against
 * its own boundary only, so along an edge two municipalities share, the crossing points of
 * one plan's cells are missing in the other's (and lie up to half a millimetre off the
 * straight edge): a merge would find hairline gaps and overlaps all along the seam. Noding
 * every plan against every other plan's boundary, twice so that points travel both ways,
 * gives both sides the same vertex sequence. Zones are not part of the mosaic and are left alone.
 * @example joinSeams([asker, royken, hurum])
 */
export function joinSeams(plans: readonly DraftPlan[]): DraftPlan[] {
	let current = [...plans];
	for (let round = 0; round < 2; round++) {
		current = current.map((plan, i) => {
			let next = plan;
			current.forEach((other, j) => {
				if (i !== j) next = nodePlanAgainst(next, other.boundary);
			});
			return next;
		});
	}
	return current;
}

function nodePlanAgainst(plan: DraftPlan, boundary: Paths64): DraftPlan {
	const { areas } = nodeAreas([plan.boundary, ...plan.areas.map((a) => a.area)], boundary);
	const [own, ...rest] = areas as [Paths64, ...Paths64[]];
	return { boundary: own, areas: plan.areas.map((a, i) => ({ ...a, area: rest[i] as Paths64 })) };
}
