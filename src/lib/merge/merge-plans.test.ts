import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { MergeError } from '../errors';
import { planarArea } from '../geometry/area';
import { assumeCrs } from '../geometry/types';
import { deepFreeze } from './fixtures/deep-freeze';
import { landuse, rect } from './fixtures/make-feature';
import { harmoniseForTest, makeTwoPlans } from './fixtures/two-plans';
import { mergePlans } from './merge-plans';
import type { ConflictType, MergeInput, MergeResult } from './types';

/*
 * The fixture (fixtures/two-plans.ts), in local metres; territories 0220 = [0,1000]×[0,1000]
 * and 0627 = [1000,2000]×[0,1000]; new boundary [0,2000]×[0,1000] = 2 000 000 m².
 *
 * 0220 (Asker):
 *   A1 1110   [-20,500]×[0,500]        260 000; 10 000 outside the boundary → before 250 000
 *   A2 9999   [500,1003]×[0,500]       251 500; [1000,1003]×[0,500] = 1 500 clipped (unknown code)
 *   A3 5100   [0,1003]×[500,1000] minus holes [100,150]×[800,850] and [600,700]×[800,900]
 *             501 500 − 2 500 − 10 000 = 489 000; [1000,1003]×[500,1000] = 1 500 clipped
 *   A4 2001   [450,520]×[100,200]      7 000, all overlap:
 *             P1 = [450,500]×[100,200] 5 000: border with A1−P1 = 50+50+100 = 200, with A4−P1
 *             = 100 (x = 500) → A1 keeps it; P2 = [500,520]×[100,200] 2 000: A2−P2 border
 *             = 20+20+100 = 140, A4−P2 = 100 → A2 keeps it. A4 is left with nothing.
 *   A6 1110   [-300,-200]×[0,100]      wholly outside the boundary: 10 000 reported, before 0
 *   A9 1001   bow-tie in the second hole: lobes 2 × 2 500 = 5 000; as drawn 0 → change 5 000
 * 0627 (Røyken), starting at x = 1002 (2 m short of the border):
 *   B1 110 (PBL 1985 → 1110)  [1002,2000]×[0,700]  698 600
 *   B2 5100   [1002,2000]×[690,1000] minus the notch [1500,2000]×[690,700]: 299 400 + 4 980
 *             = 304 380; overlaps B1 in P3 = [1002,1500]×[690,700] = 4 980: border with
 *             B1−P3 = 498 + 10 = 508, with B2−P3 = 498 → B1 keeps it.
 * Gaps: strip [1000,1002]×[0,1000] = 2 000, mean width 4 000/2 004 = 1.996 m < 5 → sliver,
 *   borders B1 700 (after P3), A2 500, A3 500, B2 300 → B1 (700 600 after).
 *   Hole [100,150]×[800,850] = 2 500, width 25 m → Uavklart; the second hole minus the lobes
 *   is two triangles of 2 500 (width 2·2 500/241.42 = 20.7 m) → two more Uavklart.
 */

const identity = {
	municipality: '3025',
	planId: '3025KPA2020',
	name: 'Kommuneplanens arealdel – foreløpig',
	status: 'foreløpig' as const
};

function run(input: MergeInput = makeTwoPlans()): MergeResult {
	return mergePlans(deepFreeze(input), { identity, harmonise: harmoniseForTest });
}

function conflicts(result: MergeResult, type: ConflictType) {
	return result.conflicts
		.filter((c) => c.type === type)
		.map((c) => ({
			objects: c.sourceObjects.map((o) => o.objectId).join(','),
			area: round(c.area),
			rule: c.rule,
			into: c.resolvedInto
		}));
}

/** The output id of a source object's polygons. */
function idsOf(result: MergeResult, objectId: string): string[] {
	return [...result.features, ...result.zones]
		.filter((f) => f.properties.provenance?.objectId === objectId)
		.map((f) => f.properties.id);
}

function areaOf(polygon: Polygon): number {
	return round(planarArea(assumeCrs(polygon, 25832)));
}

const round = (m2: number) => Math.round(m2 * 100) / 100;

describe('mergePlans: clipping', () => {
	it('clips land use to its own old municipality and names where it reached', () => {
		const result = run();
		expect(conflicts(result, 'outside-own-municipality')).toEqual([
			{ objects: 'A2', area: 1_500, rule: 'clipped-to-own-municipality', into: null },
			{ objects: 'A3', area: 1_500, rule: 'clipped-to-own-municipality', into: null }
		]);
		expect(result.conflicts[0]?.municipalities).toEqual(['0220', '0627']);
	});

	it('clips land use and zones to the new boundary, including features wholly outside', () => {
		expect(conflicts(run(), 'outside-new-boundary')).toEqual([
			{ objects: 'A1', area: 10_000, rule: 'clipped-to-new-boundary', into: null },
			{ objects: 'A6', area: 10_000, rule: 'clipped-to-new-boundary', into: null },
			{ objects: 'A-Z5', area: 2_500, rule: 'clipped-to-new-boundary', into: null }
		]);
	});
});

describe('mergePlans: overlaps', () => {
	it('gives each overlap piece to the candidate with the longest border', () => {
		const result = run();
		expect(conflicts(result, 'overlap')).toEqual([
			{
				objects: 'A1,A4',
				area: 5_000,
				rule: 'overlap-to-longest-border',
				into: idsOf(result, 'A1')[0]
			},
			{
				objects: 'A2,A4',
				area: 2_000,
				rule: 'overlap-to-longest-border',
				into: idsOf(result, 'A2')[0]
			},
			{
				objects: 'B1,B2',
				area: 4_980,
				rule: 'overlap-to-longest-border',
				into: idsOf(result, 'B1')[0]
			}
		]);
	});

	it('cuts the piece from the losers (B2 keeps 299 400 m², A4 nothing)', () => {
		const result = run();
		const b2 = result.features.find((f) => f.properties.provenance?.objectId === 'B2')!;
		expect([areaOf(b2.geometry), idsOf(result, 'A4')]).toEqual([299_400, []]);
	});

	it('breaks a tie in border length by (municipality, objectId), not input order', () => {
		// 'b' = [0,100]×[0,55] and 'a' = [0,100]×[45,100] overlap in [0,100]×[45,55] = 1 000;
		// each borders the piece along 100 m → 'a' keeps it.
		const input: MergeInput = {
			territories: { '0220': rect(0, 0, 100, 100) },
			boundary: rect(0, 0, 100, 100),
			plans: [
				{
					municipality: '0220',
					planId: 'P',
					name: 'P',
					features: [landuse('b', rect(0, 0, 100, 55)), landuse('a', rect(0, 45, 100, 100))]
				}
			]
		};
		const result = run(input);
		expect(result.conflicts.map((c) => [c.type, c.area, c.resolvedInto])).toEqual([
			['overlap', 1_000, idsOf(result, 'a')[0]]
		]);
	});
});

describe('mergePlans: gaps', () => {
	it('merges the 2 m strip along the border into the neighbour with the longest border', () => {
		const result = run();
		const b1 = result.features.find((f) => f.properties.provenance?.objectId === 'B1')!;
		expect(conflicts(result, 'gap').filter((c) => c.rule === 'sliver-to-longest-border')).toEqual([
			{ objects: 'B1', area: 2_000, rule: 'sliver-to-longest-border', into: b1.properties.id }
		]);
		expect(areaOf(b1.geometry)).toBe(700_600);
	});

	it('makes wider gaps new Uavklart areas without code or provenance', () => {
		const result = run();
		const open = result.features.filter((f) => f.properties.unresolved);
		expect(
			open.map((f) => [
				f.properties.name,
				f.properties.code,
				f.properties.provenance,
				areaOf(f.geometry)
			])
		).toEqual([
			['Uavklart', null, null, 2_500],
			['Uavklart', null, null, 2_500],
			['Uavklart', null, null, 2_500]
		]);
		expect(
			result.conflicts
				.filter((c) => c.rule === 'gap-unresolved')
				.map((c) => c.resolvedInto)
				.sort()
		).toEqual(open.map((f) => f.properties.id).sort());
	});

	it("counts a gap outside every old territory under 'ny'", () => {
		// The boundary gains an island [3000,3100]×[0,100] = 10 000 m² that no territory and
		// no plan reaches (mean width 25 m): Uavklart, counted under 'ny'.
		const input = makeTwoPlans();
		input.boundary = {
			type: 'MultiPolygon',
			coordinates: [rect(0, 0, 2000, 1000).coordinates, rect(3000, 0, 3100, 100).coordinates]
		};
		const rows = run(input).account.rows.filter((r) => r.mainKey === 'uavklart');
		expect(rows.map((r) => [r.municipality, round(r.unresolved), round(r.after)])).toEqual([
			['0220', 7_500, 7_500],
			['ny', 10_000, 10_000]
		]);
	});

	it('gives the map each gap piece in EPSG:25832 metres', () => {
		// The strip [1000,1002]×[0,1000], with the neighbours' corners as extra vertices.
		const sliver = run().conflicts.find((c) => c.rule === 'sliver-to-longest-border')!;
		const polygon = sliver.geometry as Polygon;
		const xs = polygon.coordinates[0]!.map((p) => p[0]!);
		const ys = polygon.coordinates[0]!.map((p) => p[1]!);
		expect([
			polygon.type,
			areaOf(polygon),
			Math.min(...xs),
			Math.max(...xs),
			Math.min(...ys),
			Math.max(...ys)
		]).toEqual(['Polygon', 2_000, 581_000, 581_002, 6_630_000, 6_631_000]);
	});

	it('treats a gap below minArea as a sliver whatever its width', () => {
		// With minArea 3 000 m² the 2 500 m² square hole is a sliver of A3 (its only neighbour).
		const result = mergePlans(deepFreeze(makeTwoPlans()), {
			identity,
			harmonise: harmoniseForTest,
			minArea: 3_000
		});
		const hole = result.conflicts.find(
			(c) => c.type === 'gap' && c.sourceObjects[0]?.objectId === 'A3'
		);
		expect([hole?.rule, hole?.area, hole?.resolvedInto]).toEqual([
			'sliver-to-longest-border',
			2_500,
			idsOf(result, 'A3')[0]
		]);
	});
});

describe('mergePlans: codes and geometry', () => {
	it('keeps an unknown code as it is and reports it with the feature’s area', () => {
		const result = run();
		const a2 = result.features.find((f) => f.properties.provenance?.objectId === 'A2')!;
		expect(conflicts(result, 'unknown-code')).toEqual([
			{ objects: 'A2', area: 251_500, rule: 'code-kept-unknown', into: a2.properties.id }
		]);
		expect(a2.properties.code).toBe('9999');
	});

	it('harmonises a PBL 1985 code through the injected function and keeps the original', () => {
		const result = run();
		const b1 = result.features.find((f) => f.properties.provenance?.objectId === 'B1')!;
		expect(conflicts(result, 'harmonised-code')).toEqual([
			{ objects: 'B1', area: 698_600, rule: 'code-harmonised', into: b1.properties.id }
		]);
		expect([
			b1.properties.code,
			b1.properties.codeList,
			b1.properties.provenance?.originalCode
		]).toEqual(['1110', 'arealformal-2008', '110']);
	});

	it('repairs a bow-tie into two lobes and reports the area change', () => {
		const result = run();
		const lobes = result.features.filter((f) => f.properties.provenance?.objectId === 'A9');
		expect(conflicts(result, 'invalid-geometry')).toEqual([
			{ objects: 'A9', area: 5_000, rule: 'geometry-repaired', into: lobes[0]!.properties.id }
		]);
		expect(lobes.map((f) => areaOf(f.geometry))).toEqual([2_500, 2_500]);
	});

	it('drops a feature without area, with a conflict', () => {
		const input = makeTwoPlans();
		input.plans[0]!.features.push(
			landuse('A7', { type: 'Polygon', coordinates: [rect(10, 10, 20, 10).coordinates[0]!] })
		);
		const result = run(input);
		const dropped = result.conflicts.filter((c) =>
			c.sourceObjects.some((o) => o.objectId === 'A7')
		);
		expect(dropped.map((c) => [c.type, c.area, c.geometry, c.resolvedInto, c.detail])).toEqual([
			['invalid-geometry', 0, null, null, 'no area; dropped']
		]);
	});
});

describe('mergePlans: zones', () => {
	it('keeps overlapping zones and drops the exact duplicate from the other plan', () => {
		const result = run();
		expect(result.zones.map((z) => z.properties.provenance?.objectId)).toEqual([
			'A-Z1',
			'A-Z3',
			'A-Z5',
			'A-Z6',
			'B-Z2'
		]);
		expect(conflicts(result, 'duplicate-zone')).toEqual([
			{
				objects: 'A-Z3,B-Z4',
				area: 40_000,
				rule: 'zone-deduplicated',
				into: idsOf(result, 'A-Z3')[0]
			}
		]);
	});

	it('carries zones across the old border uncut (only the new boundary cuts them)', () => {
		// A-Z3 = [900,1100]×[400,600] spans both territories: 40 000 m² kept; A-Z5 loses 2 500.
		const result = run();
		const area = (id: string) =>
			areaOf(result.zones.find((z) => z.properties.provenance?.objectId === id)!.geometry);
		expect([area('A-Z3'), area('A-Z5')]).toEqual([40_000, 2_500]);
	});

	it('renumbers H<kode>_<løpenr> across the plans and keeps the original name', () => {
		const b = run().zones.find((z) => z.properties.provenance?.objectId === 'B-Z2')!;
		expect([b.properties.name, b.properties.attributes.opprinneligHensynSonenavn]).toEqual([
			'H570_2',
			'H570_1'
		]);
	});
});

describe('mergePlans: area account', () => {
	it('has one row per (old municipality, harmonised code) with every change', () => {
		const rows = run().account.rows.map((r) => [
			r.municipality,
			r.mainKey,
			round(r.before),
			round(r.clipped),
			round(r.overlapRemoved),
			round(r.slivered),
			round(r.unresolved),
			round(r.after)
		]);
		expect(rows).toEqual([
			// municipality, key, before, clipped, overlapRemoved, slivered, unresolved, after
			['0220', '1001', 5_000, 0, 0, 0, 0, 5_000],
			['0220', '1110', 250_000, 0, 0, 0, 0, 250_000],
			['0220', '2001', 7_000, 0, 7_000, 0, 0, 0],
			['0220', '5100', 489_000, 1_500, 0, 0, 0, 487_500],
			['0220', '9999', 251_500, 1_500, 0, 0, 0, 250_000],
			['0220', 'uavklart', 0, 0, 0, 0, 7_500, 7_500],
			['0627', '1110', 698_600, 0, 0, 2_000, 0, 700_600],
			['0627', '5100', 304_380, 0, 4_980, 0, 0, 299_400]
		]);
	});

	it('balances exactly and covers the new municipality', () => {
		// 2 005 480 − 3 000 − 11 980 + 2 000 + 7 500 = 2 000 000 = Σ after = boundary.
		const { totals, imbalance, imbalancePerKm2 } = run().account;
		expect(totals).toEqual({
			before: 2_005_480,
			after: 2_000_000,
			clipped: 3_000,
			overlapRemoved: 11_980,
			slivered: 2_000,
			unresolved: 7_500,
			boundaryArea: 2_000_000
		});
		expect([imbalance, imbalancePerKm2]).toEqual([0, 0]);
	});
});

describe('mergePlans: output', () => {
	it('numbers features by (municipality, objectId, part), then Uavklart, then zones', () => {
		const result = run();
		const order = [...result.features, ...result.zones].map((f) => [
			f.properties.id,
			f.properties.provenance?.objectId ?? 'Uavklart'
		]);
		expect(order).toEqual([
			['M000001', 'A1'],
			['M000002', 'A2'],
			['M000003', 'A3'],
			['M000004', 'A9'],
			['M000005', 'A9'],
			['M000006', 'B1'],
			['M000007', 'B2'],
			['M000008', 'Uavklart'],
			['M000009', 'Uavklart'],
			['M000010', 'Uavklart'],
			['M000011', 'A-Z1'],
			['M000012', 'A-Z3'],
			['M000013', 'A-Z5'],
			['M000014', 'A-Z6'],
			['M000015', 'B-Z2']
		]);
	});

	it('lists conflicts by type, municipality and area, numbered C0001…', () => {
		const list = run().conflicts.map(
			(c) => `${c.id} ${c.type} ${c.municipalities[0]} ${round(c.area)}`
		);
		expect(list).toEqual([
			'C0001 outside-own-municipality 0220 1500',
			'C0002 outside-own-municipality 0220 1500',
			'C0003 outside-new-boundary 0220 10000',
			'C0004 outside-new-boundary 0220 10000',
			'C0005 outside-new-boundary 0220 2500',
			'C0006 overlap 0220 5000',
			'C0007 overlap 0220 2000',
			'C0008 overlap 0627 4980',
			'C0009 gap 0220 2500',
			'C0010 gap 0220 2500',
			'C0011 gap 0220 2500',
			'C0012 gap 0627 2000',
			'C0013 unknown-code 0220 251500',
			'C0014 harmonised-code 0627 698600',
			'C0015 invalid-geometry 0220 5000',
			'C0016 duplicate-zone 0220 40000'
		]);
	});

	it('writes the merged identity and the provenance on every source feature', () => {
		const a3 = run().features.find((f) => f.properties.provenance?.objectId === 'A3')!;
		expect(a3.properties).toMatchObject({
			id: 'M000003',
			objectId: 'M000003',
			unresolved: false,
			provenance: {
				municipality: '0220',
				planId: 'ASKER-KPA',
				objectId: 'A3',
				originalCode: '5100',
				originalCodeList: 'arealformal-2008',
				objectType: 'KpArealformålOmråde'
			},
			attributes: {
				BESKRIVELSE: 'source A3',
				'NASJONALAREALPLANID.KOMM': '3025',
				'NASJONALAREALPLANID.PLANID': '3025KPA2020',
				opprinneligAdministrativEnhet: '0220',
				opprinneligPlanId: 'ASKER-KPA',
				opprinneligObjektId: 'A3'
			}
		});
	});

	it('writes single polygons with counter-clockwise outer and clockwise inner rings', () => {
		const a3 = run().features.find((f) => f.properties.provenance?.objectId === 'A3')!;
		const signed = (ring: number[][]) =>
			ring.slice(1).reduce((s, [x, y], i) => s + (ring[i]![0]! * y! - x! * ring[i]![1]!), 0);
		expect([a3.geometry.type, ...a3.geometry.coordinates.map((r) => Math.sign(signed(r)))]).toEqual(
			['Polygon', 1, -1, -1]
		);
	});
});

describe('mergePlans: determinism and purity', () => {
	it('gives a deep-equal result when run twice', () => {
		expect(run()).toEqual(run());
	});

	it('gives the same result whatever the order of plans, features and territories', () => {
		const shuffled = makeTwoPlans();
		shuffled.plans.reverse();
		for (const plan of shuffled.plans) plan.features.reverse();
		shuffled.territories = {
			'0627': shuffled.territories['0627']!,
			'0220': shuffled.territories['0220']!
		};
		expect(run(shuffled)).toEqual(run());
	});

	it('does not modify its input (frozen input, unchanged afterwards)', () => {
		const input = deepFreeze(makeTwoPlans());
		mergePlans(input, { identity, harmonise: harmoniseForTest });
		expect(input).toEqual(makeTwoPlans());
	});
});

describe('mergePlans: refused input', () => {
	it('refuses two plans for one old municipality', () => {
		const input = makeTwoPlans();
		input.plans[1]!.municipality = '0220';
		expect(() => run(input)).toThrow(MergeError);
	});

	it('refuses a plan whose municipality has no territory', () => {
		const input = makeTwoPlans();
		input.plans[1]!.municipality = '0628';
		expect(() => run(input)).toThrow(/no territory for municipality 0628/);
	});

	it('refuses repeated object ids within a plan', () => {
		const input = makeTwoPlans();
		input.plans[0]!.features.push(landuse('A1', rect(0, 0, 1, 1)));
		expect(() => run(input)).toThrow(/object id A1 occurs twice/);
	});
});
