import { describe, expect, it } from 'vitest';
import { areaOf } from './area-ops';
import type { AreaDefectSite } from './defect-sites';
import type { DraftPlan } from './draft-plan';
import { localFromLonLat } from './lon-lat';
import { seedAreaDefect } from './seed-area-defect';
import { square } from './test-shapes.fixture';

// Two 1 km housing areas side by side; the site is in the eastern one.
const origin = localFromLonLat([10.45, 59.84]);
const plan = (): DraftPlan => ({
	boundary: [square(origin.x - 1_000_000, origin.y - 500_000, 2_000_000)],
	areas: [
		{
			area: [square(origin.x - 1_000_000, origin.y - 500_000, 1_000_000)],
			code: '1110',
			status: 1,
			tags: []
		},
		{ area: [square(origin.x, origin.y - 500_000, 1_000_000)], code: '1110', status: 1, tags: [] }
	]
});
const site = (kind: AreaDefectSite['kind'], code: string, status = 1): AreaDefectSite => ({
	id: 'D98',
	kind,
	plan: '0220',
	near: [10.4575, 59.84],
	pick: '1110',
	code,
	status,
	description: 'test'
});

describe('seedAreaDefect', () => {
	it('recodes the area of the picked code nearest to the site and tags it', () => {
		const { plan: p } = seedAreaDefect(plan(), site('unknown-code', '1999'));
		expect(p.areas.map((a) => [a.code, a.tags])).toEqual([
			['1110', []],
			['1999', ['D98']]
		]);
	});

	it('expects an unknown code to be kept and reported', () => {
		const { defect } = seedAreaDefect(plan(), site('unknown-code', '1999'));
		expect([defect.expected, defect.areaM2]).toEqual([
			{ conflict: 'unknown-code', rule: 'code-kept-unknown' },
			1_000_000
		]);
	});

	it('sets status 3 for a status-3 site', () => {
		const { plan: p, defect } = seedAreaDefect(plan(), site('status-3', '1110', 3));
		expect([p.areas[1]!.status, defect.expected?.rule]).toEqual([3, 'code-harmonised']);
	});

	it('draws an extra area on top of the mosaic for an overlap within the plan', () => {
		const { plan: p, defect } = seedAreaDefect(plan(), site('overlap-within-plan', '1160', 2));
		const extra = p.areas[2]!;
		expect([
			p.areas.length,
			extra.code,
			extra.status,
			Math.round(areaOf(extra.area)),
			defect.expected?.rule
		]).toEqual([3, '1160', 2, defect.areaM2, 'overlap-to-longest-border']);
	});
});
