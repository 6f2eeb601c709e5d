import { describe, expect, it } from 'vitest';
import { createRandom } from '../../buildings/sample/prng';
import { densifyArcs } from './arc-ring';
import { areaOf, intersectAreas, unionAreas } from './area-ops';
import type { DraftPlan } from './draft-plan';
import { placeIsland, type IslandSpec } from './place-island';
import { square } from './test-shapes.fixture';

const KM = 1_000_000;
const plan = (): DraftPlan => ({
	boundary: [
		[
			{ x: 0, y: 0 },
			{ x: 2 * KM, y: 0 },
			{ x: 2 * KM, y: KM },
			{ x: 0, y: KM }
		]
	],
	areas: [
		{ area: [square(0, 0, KM)], code: '1110', status: 1, tags: [] },
		{ area: [square(KM, 0, KM)], code: '5100', status: 1, tags: [] }
	]
});
const lake: IslandSpec = {
	id: 'D13',
	municipality: '0627',
	host: '5100',
	code: '6600',
	name: 'A lake',
	radius: 200,
	stretch: 1.5
};
const placed = () => placeIsland(plan(), lake, createRandom('test:island'), []);

describe('placeIsland', () => {
	it('cuts a hole in the host and fills it with the island', () => {
		const { plan: p } = placed();
		const [, host, island] = p.areas;
		expect([
			host?.area.length,
			island?.code,
			areaOf(intersectAreas(host!.area, island!.area))
		]).toEqual([2, '6600', 0]);
	});

	it('keeps the land use covering the plan area exactly', () => {
		const { plan: p } = placed();
		expect(areaOf(unionAreas(p.areas.map((a) => a.area)))).toBe(2_000_000);
	});

	it('records the island as a hole defect that expects no conflict', () => {
		const { defect } = placed();
		expect([defect.kind, defect.expected, defect.municipalities, defect.areaM2 > 0]).toEqual([
			'hole',
			null,
			['0627'],
			true
		]);
	});

	it('makes a round island from arcs: its ring is the densified arcs, the defect an arc', () => {
		const round = { ...lake, radius: 60, stretch: 1, round: true };
		const { plan: p, defect, arcs } = placeIsland(plan(), round, createRandom('x'), []);
		const island = p.areas[2]!.area[0]!;
		expect([arcs?.length, defect.kind, defect.expected, island]).toEqual([
			4,
			'arc',
			null,
			densifyArcs(arcs!)
		]);
		expect(areaOf(p.areas[1]!.area)).toBe(1_000_000 - areaOf([island]));
		expect(placed().arcs).toBeNull();
	});

	it('refuses when no host area is large enough', () => {
		expect(() => placeIsland(plan(), { ...lake, radius: 900 }, createRandom('x'), [])).toThrow(
			RangeError
		);
	});
});
