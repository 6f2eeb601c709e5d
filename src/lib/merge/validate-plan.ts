import { Clipper, FillRule, type Paths64 } from 'clipper2-ts';
import type { PlanFeature } from '../plans/types';
import { boxOf } from './geometry/box';
import { pathsArea } from './geometry/paths-area';
import { RegionIndex } from './geometry/region-index';
import { repairGeometry } from './geometry/repair-geometry';
import { splitByRegion } from './geometry/split-by-region';
import { lowestLeftmost } from './geometry/lowest-leftmost';
import { regionToGeoJson } from './geometry/to-geojson';
import { UNITS_PER_METRE } from './geometry/to-paths';
import { findGaps } from './find-gaps';
import { neighboursOf } from './find-neighbours';
import { findOverlapPairs } from './find-overlaps';
import type { PlanProblem, ValidatePlanOptions } from './types';

export type { PlanProblem, ValidatePlanOptions } from './types';

const M2 = UNITS_PER_METRE ** 2;
const ORDER: PlanProblem['type'][] = [
	'invalid-geometry',
	'missing-attribute',
	'overlap',
	'gap',
	'outside-plan-area'
];

interface Item {
	id: string;
	feature: PlanFeature;
	shape: Paths64;
	box: ReturnType<typeof boxOf>;
}

/**
 * Checks one input plan in the spirit of the national planvalidator (plan-standards §5):
 * invalid geometry (R6), land-use features that overlap each other, pairwise with the area
 * (R1, R2), gaps between the land-use mosaic and the plan area (R1), objects outside the plan
 * area (R3, zones included), and land use without code or status. Zones may overlap
 * anything (R15). The plan area is `options.planArea`, else the union of the plan's
 * 'planarea' features; without either, gaps and outside are not checked.
 * @example validatePlan(features, { planArea: kpOmråde }).filter((p) => p.type === 'gap')
 */
export function validatePlan(
	features: PlanFeature[],
	options: ValidatePlanOptions = {}
): PlanProblem[] {
	const minArea = (options.minArea ?? 0) * M2;
	const problems: Array<PlanProblem & { anchor: number[] }> = [];
	const report = (problem: PlanProblem, shape: Paths64 | null) =>
		problems.push({ ...problem, anchor: anchorOf(shape) });
	const items: Item[] = [];
	for (const feature of [...features].sort((a, b) =>
		compare(a.properties.objectId, b.properties.objectId)
	)) {
		const id = feature.properties.objectId;
		const repaired = repairGeometry(feature.geometry);
		if (repaired.repaired) {
			const keep = repaired.area > 0;
			report(
				{
					type: 'invalid-geometry',
					objectIds: [id],
					geometry: keep ? regionToGeoJson(repaired.shape) : null,
					area: Math.abs(repaired.area - repaired.drawnArea) / M2,
					detail: keep
						? `not a valid polygon: ${(repaired.drawnArea / M2).toFixed(2)} m² as drawn, ${(repaired.area / M2).toFixed(2)} m² repaired`
						: 'no area'
				},
				keep ? repaired.shape : null
			);
		}
		const { kind, code, status } = feature.properties;
		if (kind === 'landuse' && (code === null || status === null)) {
			const missing = [code === null && 'code', status === null && 'status'].filter(Boolean);
			report(
				{
					type: 'missing-attribute',
					objectIds: [id],
					geometry: null,
					area: repaired.area / M2,
					detail: `missing ${missing.join(' and ')}`
				},
				null
			);
		}
		if (repaired.area > 0)
			items.push({ id, feature, shape: repaired.shape, box: boxOf(repaired.shape) });
	}
	const landuse = items.filter((i) => i.feature.properties.kind === 'landuse');
	for (const pair of findOverlapPairs(landuse)) {
		if (pair.area < minArea || pair.area === 0) continue;
		const ids = [landuse[pair.i]!.id, landuse[pair.j]!.id];
		report(
			{
				type: 'overlap',
				objectIds: ids,
				geometry: regionToGeoJson(pair.shape),
				area: pair.area / M2,
				detail: `${ids[0]} and ${ids[1]} overlap by ${(pair.area / M2).toFixed(2)} m²`
			},
			pair.shape
		);
	}
	const planArea = planAreaShape(options, items);
	if (planArea) checkAgainstPlanArea(planArea, items, landuse, minArea, report);
	return problems
		.sort(
			(a, b) =>
				ORDER.indexOf(a.type) - ORDER.indexOf(b.type) ||
				compare(a.objectIds.join(','), b.objectIds.join(',')) ||
				b.area - a.area ||
				a.anchor[0]! - b.anchor[0]! ||
				a.anchor[1]! - b.anchor[1]!
		)
		.map(({ anchor: _anchor, ...problem }) => problem);
}

function checkAgainstPlanArea(
	planArea: Paths64,
	items: Item[],
	landuse: Item[],
	minArea: number,
	report: (problem: PlanProblem, shape: Paths64 | null) => void
): void {
	const gaps = findGaps(
		planArea,
		landuse.map((i) => i.shape)
	).filter((g) => pathsArea(g) >= minArea);
	const bordering = neighboursOf(gaps, landuse);
	for (const [k, gap] of gaps.entries()) {
		const area = pathsArea(gap);
		const ids = bordering[k]!.map((b) => landuse[b.index]!.id).sort(compare);
		report(
			{
				type: 'gap',
				objectIds: ids,
				geometry: regionToGeoJson(gap),
				area: area / M2,
				detail: `gap of ${(area / M2).toFixed(2)} m² between the land use and the plan area`
			},
			gap
		);
	}
	const region = new RegionIndex(planArea);
	for (const item of items) {
		if (item.feature.properties.kind === 'planarea') continue;
		const { outside } = splitByRegion(item.shape, item.box, region);
		const area = pathsArea(outside);
		if (area === 0 || area < minArea) continue;
		report(
			{
				type: 'outside-plan-area',
				objectIds: [item.id],
				geometry: regionToGeoJson(outside),
				area: area / M2,
				detail: `${(area / M2).toFixed(2)} m² outside the plan area`
			},
			outside
		);
	}
}

function planAreaShape(options: ValidatePlanOptions, items: Item[]): Paths64 | null {
	if (options.planArea) {
		const shape = repairGeometry(options.planArea).shape;
		return pathsArea(shape) > 0 ? shape : null;
	}
	const areas = items.filter((i) => i.feature.properties.kind === 'planarea');
	if (areas.length === 0) return null;
	return Clipper.union(
		areas.flatMap((a) => a.shape),
		FillRule.NonZero
	);
}

function anchorOf(shape: Paths64 | null): number[] {
	if (!shape || shape.length === 0) return [0, 0];
	const p = lowestLeftmost(shape.flat());
	return [p.x, p.y];
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
