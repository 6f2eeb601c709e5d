import type { Paths64 } from 'clipper2-ts';
import { areaOf, intersectAreas } from './area-ops';
import type { SeamDefectSite } from './defect-sites';
import { cutFromPlan, extendArea, type DraftPlan } from './draft-plan';
import { toPosition } from './local-frame';
import { alongLonLat } from './lon-lat';
import { middleOf, rectangleOn, stretchAt } from './seam-stretch';
import type { Defect } from './types';

/**
 * Seeds one defect along a seam into the plan that carries it. A sliver or notch is cut
 * out of the land use along the plan's own border (the plan area keeps its outline, so the
 * merge finds a gap there); an overlap is a strip past the border added to the land-use
 * area behind it (so the plan reaches into its neighbour). `original` is the municipality's
 * boundary as read, used to find the straight edge the defect lies on.
 * @example seedSeamDefect(plans['0220'], askerBoundary, SEAM_DEFECTS[0])
 */
export function seedSeamDefect(
	plan: DraftPlan,
	original: Paths64,
	site: SeamDefectSite
): { plan: DraftPlan; defect: Defect } {
	const stretch = stretchAt(original, alongLonLat(site.from, site.to, site.at), site.length);
	const side = site.kind === 'overlap' ? 'outside' : 'inside';
	const shape = rectangleOn(stretch, site.width, side);
	const point = toPosition(middleOf(stretch, site.width, side)) as [number, number];
	const base = {
		id: site.id,
		municipalities: [site.plan, site.neighbour],
		point,
		natural: false,
		objectIds: []
	};
	if (site.kind === 'overlap') {
		const inside = middleOf(stretch, 2, 'inside');
		const { plan: next } = extendArea(plan, shape, inside, site.id);
		return {
			plan: next,
			defect: {
				...base,
				kind: 'overlap',
				expected: { conflict: 'outside-own-municipality', rule: 'clipped-to-own-municipality' },
				areaM2: Math.round(areaOf([shape])),
				widthM: site.width,
				description: withNote(
					`The ${site.plan} plan reaches ${site.width} m past its border into ${site.neighbour} along ${site.length} m (one land-use area drawn to another boundary).`,
					site.note
				)
			}
		};
	}
	const areaM2 = Math.round(areaOf(intersectAreas([shape], plan.boundary)) * 10) / 10;
	const sliver = site.kind === 'sliver';
	return {
		plan: cutFromPlan(plan, shape),
		defect: {
			...base,
			kind: site.kind,
			expected: sliver
				? { conflict: 'gap', rule: 'sliver-to-longest-border' }
				: { conflict: 'gap', rule: 'gap-unresolved' },
			areaM2,
			widthM: sliver ? site.width : null,
			description: withNote(
				sliver
					? `The ${site.plan} land use stops ${site.width} m short of the border with ${site.neighbour} along ${site.length} m.`
					: `A ${site.length} × ${site.width} m notch is missing from the ${site.plan} land use at the border with ${site.neighbour}.`,
				site.note
			)
		}
	};
}

function withNote(text: string, note: string | undefined): string {
	return note ? `${text} ${note}` : text;
}
