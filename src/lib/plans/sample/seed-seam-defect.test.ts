import { describe, expect, it } from 'vitest';
import { areaOf, containsLocalPoint } from './area-ops';
import type { SeamDefectSite } from './defect-sites';
import type { DraftPlan } from './draft-plan';
import { toLocal } from './local-frame';
import { localFromLonLat } from './lon-lat';
import { seedSeamDefect } from './seed-seam-defect';

// A 2 km square plan around a point near Heggedal, with one LNFR area; the seam defect
// sites are given in degrees, so the plan is built around their projection.
const FROM: [number, number] = [10.44, 59.78];
const TO: [number, number] = [10.46, 59.78];
const centre = localFromLonLat([10.45, 59.78]);
const ring = () => {
	const h = 1_000_000;
	return [
		{ x: centre.x - h, y: centre.y },
		{ x: centre.x + h, y: centre.y },
		{ x: centre.x + h, y: centre.y + 2 * h },
		{ x: centre.x - h, y: centre.y + 2 * h }
	];
};
const plan = (): DraftPlan => ({
	boundary: [ring()],
	areas: [{ area: [ring()], code: '5100', status: 1, tags: [] }]
});
const site = (kind: SeamDefectSite['kind'], width: number): SeamDefectSite => ({
	id: 'D99',
	kind,
	plan: '0220',
	neighbour: '0627',
	from: FROM,
	to: TO,
	at: 0.5,
	length: 300,
	width
});

describe('seedSeamDefect', () => {
	it('cuts a sliver out of the land use and records it as a gap to give to the longest border', () => {
		const { plan: p, defect } = seedSeamDefect(plan(), plan().boundary, site('sliver', 2));
		const inside = containsLocalPoint(p.boundary, toLocal(defect.point));
		const covered = containsLocalPoint(p.areas[0]!.area, toLocal(defect.point));
		expect([defect.areaM2, defect.widthM, defect.expected?.rule, inside, covered]).toEqual([
			600,
			2,
			'sliver-to-longest-border',
			true,
			false
		]);
	});

	it('records a notch as a gap that stays unresolved', () => {
		const { defect } = seedSeamDefect(plan(), plan().boundary, site('gap', 80));
		expect([defect.kind, defect.areaM2, defect.widthM, defect.expected?.rule]).toEqual([
			'gap',
			24_000,
			null,
			'gap-unresolved'
		]);
	});

	it('grows the land use past the border for an overlap, expecting it clipped', () => {
		const { plan: p, defect } = seedSeamDefect(plan(), plan().boundary, site('overlap', 12));
		expect([
			areaOf(p.areas[0]!.area) - areaOf(plan().areas[0]!.area),
			containsLocalPoint(p.boundary, toLocal(defect.point)),
			p.areas[0]!.tags,
			defect.expected?.conflict
		]).toEqual([3600, false, ['D99'], 'outside-own-municipality']);
	});
});
