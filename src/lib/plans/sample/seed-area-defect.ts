import type { Paths64, Point64 } from 'clipper2-ts';
import { createRandom } from '../../buildings/sample/prng';
import { areaOf, containsLocalPoint } from './area-ops';
import { blob } from './blob';
import type { AreaDefectSite } from './defect-sites';
import type { DraftPlan } from './draft-plan';
import { interiorPoint } from './interior-point';
import { toPosition } from './local-frame';
import { localFromLonLat } from './lon-lat';
import type { Defect, DraftArea } from './types';

const EXPECTED: Record<AreaDefectSite['kind'], Defect['expected']> = {
	'overlap-within-plan': { conflict: 'overlap', rule: 'overlap-to-longest-border' },
	'unknown-code': { conflict: 'unknown-code', rule: 'code-kept-unknown' },
	'expired-code': { conflict: 'harmonised-code', rule: 'code-harmonised' },
	'status-3': { conflict: 'harmonised-code', rule: 'code-harmonised' }
};

/**
 * Seeds a defect that lives in one land-use area: an extra area drawn on top of the mosaic
 * near the site, or the area of the site's `pick` code nearest to it recoded (an unknown
 * code, an expired code, status 3). The area is tagged with the defect id.
 * @example seedAreaDefect(plans['0220'], AREA_DEFECTS[1]) // B-area near Asker → code 1999
 */
export function seedAreaDefect(
	plan: DraftPlan,
	site: AreaDefectSite
): { plan: DraftPlan; defect: Defect } {
	const near = localFromLonLat(site.near);
	const base = {
		id: site.id,
		municipalities: [site.plan],
		kind: site.kind,
		expected: EXPECTED[site.kind]
	};
	if (site.kind === 'overlap-within-plan') {
		const shape = blob(
			near,
			{ radius: 110, stretch: 1.5, angle: 0.6 },
			createRandom(`${site.plan}:${site.id}`)
		);
		if (!shape.every((p) => containsLocalPoint(plan.boundary, p)))
			throw new RangeError(`${site.id} leaves the plan`);
		const extra: DraftArea = {
			area: [shape],
			code: site.code,
			status: site.status,
			tags: [site.id]
		};
		return {
			plan: { ...plan, areas: [...plan.areas, extra] },
			defect: {
				...base,
				point: toPosition(interiorPoint([shape])) as [number, number],
				areaM2: Math.round(areaOf([shape])),
				widthM: null,
				natural: false,
				objectIds: [],
				description: site.description
			}
		};
	}
	const index = nearestOfCode(plan.areas, site.pick, near);
	const target = plan.areas[index] as DraftArea;
	const recoded: DraftArea = {
		...target,
		code: site.code,
		status: site.status,
		tags: [...target.tags, site.id]
	};
	return {
		plan: { ...plan, areas: plan.areas.map((a, i) => (i === index ? recoded : a)) },
		defect: {
			...base,
			point: toPosition(interiorPoint(target.area)) as [number, number],
			areaM2: Math.round(areaOf(target.area)),
			widthM: null,
			natural: false,
			objectIds: [],
			description: site.description
		}
	};
}

function nearestOfCode(areas: readonly DraftArea[], code: string, near: Point64): number {
	let best = -1;
	let bestDistance = Infinity;
	areas.forEach((a, i) => {
		if (a.code !== code || a.tags.length > 0) return;
		const p = interiorPoint(a.area as Paths64);
		const d = Math.hypot(p.x - near.x, p.y - near.y);
		if (d < bestDistance) [best, bestDistance] = [i, d];
	});
	if (best < 0) throw new RangeError(`no ${code} area to seed a defect in`);
	return best;
}
