import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Paths64 } from 'clipper2-ts';
import { describe, expect, it } from 'vitest';
import { isKnownCode } from '../../codelists/describe-code';
import { checkZoneName } from '../../codelists/check-zone-name';
import { parsePlanGeoJson } from '../../formats/geojson/plan';
import { parseNpadGml } from '../../formats/gml/parse';
import { parseSosi } from '../../formats/sosi/parse';
import { planarArea } from '../../geometry/area';
import type { Utm32 } from '../../geometry/types';
import { toCanonicalFeatures } from '../reproject-plan';
import type { PlanFeature, PlanReadResult } from '../types';
import askerUrl from '../../../../geodata/plans/asker-0220-kpa.gml?url&inline';
import roykenUrl from '../../../../geodata/plans/royken-0627-kpa.sos?url&inline';
import hurumUrl from '../../../../geodata/plans/hurum-0628-kpa.geojson?url&inline';
import defectsJson from '../../../../geodata/plans/defects.json?raw';
import {
	areaOf,
	containsLocalPoint,
	intersectAreas,
	partsOf,
	subtractAreas,
	unionAreas
} from './area-ops';
import { findPolygonProblem } from './find-polygon-problem';
import { toArea } from './geometry-paths';
import { toLocal } from './local-frame';
import { generatedSample, inlineBytes } from './sample-inputs.fixture';
import type { Defect } from './types';

/*
 * Checks the files shipped in geodata/plans as the colleagues' readers see them: header,
 * CRS, counts and codes against a fresh run of the generator, validity, the area balance,
 * and that every defect in defects.json is where and what it says.
 */

type Municipality = '0220' | '0627' | '0628';

const SHIPPED: Record<Municipality, { srid: number; read: () => PlanReadResult }> = {
	'0220': {
		srid: 25832,
		read: () => parseNpadGml(inlineBytes(askerUrl), { fileName: 'asker-0220-kpa.gml' })
	},
	'0627': {
		srid: 25832,
		read: () => parseSosi(inlineBytes(roykenUrl), { fileName: 'royken-0627-kpa.sos' })
	},
	'0628': {
		srid: 25833,
		read: () =>
			parsePlanGeoJson(new TextDecoder().decode(inlineBytes(hurumUrl)), {
				fileName: 'hurum-0628-kpa.geojson'
			})
	}
};
const MUNICIPALITIES = Object.keys(SHIPPED) as Municipality[];
const DEFECTS = (JSON.parse(defectsJson) as { defects: Defect[] }).defects;

interface ReadPlan {
	read: PlanReadResult;
	/** Features in EPSG:25832 with their areas in local millimetres. */
	features: Array<{ feature: PlanFeature; area: Paths64 }>;
}

const cache = new Map<Municipality, ReadPlan>();
function readPlan(m: Municipality): ReadPlan {
	const cached = cache.get(m);
	if (cached) return cached;
	const read = SHIPPED[m].read();
	const features = toCanonicalFeatures(read.features, read.srid).map((feature) => ({
		feature,
		area: toArea(feature.geometry as Utm32<Polygon | MultiPolygon>)
	}));
	const plan = { read, features };
	cache.set(m, plan);
	return plan;
}

const ofKind = (m: Municipality, kind: string) =>
	readPlan(m).features.filter((f) => f.feature.properties.kind === kind);
const generated = (m: Municipality) => {
	const plan = generatedSample().plans.find((p) => p.profile.municipality === m);
	if (!plan) throw new Error(m);
	return plan.document;
};
const m2 = (f: { feature: PlanFeature }) =>
	planarArea(f.feature.geometry as Utm32<Polygon | MultiPolygon>);
const coveredBy = <T extends { area: Paths64 }>(list: readonly T[], point: Position): T[] =>
	list.filter((f) => containsLocalPoint(f.area, toLocal(point)));

describe.each(MUNICIPALITIES)('the shipped plan of %s', (m) => {
	it('is read in its own CRS with the generated plan header', () => {
		const { read } = readPlan(m);
		const header = generated(m).header;
		expect([read.srid, read.header.municipality, read.header.planId, read.header.law]).toEqual([
			SHIPPED[m].srid,
			m,
			header.planId,
			header.law
		]);
	});

	it('has the generated number of features of each kind', () => {
		const count = (kinds: string[]) =>
			['planarea', 'landuse', 'zone'].map((k) => kinds.filter((x) => x === k).length);
		expect(count(readPlan(m).read.features.map((f) => f.properties.kind))).toEqual(
			count(generated(m).features.map((f) => f.properties.kind))
		);
	});

	it('has the generated codes, statuses and names', () => {
		const summary = (features: PlanFeature[]) =>
			features
				.map(
					(f) =>
						`${f.properties.kind} ${f.properties.code} ${f.properties.status} ${f.properties.name}`
				)
				.sort();
		expect(summary(readPlan(m).read.features)).toEqual(summary(generated(m).features));
	});

	it('uses only codes in its code lists, apart from the seeded unknown code', () => {
		const unknown = readPlan(m)
			.read.features.filter((f) => !isKnownCode(f.properties.code, f.properties.codeList))
			.map((f) => f.properties.code);
		expect(unknown).toEqual(m === '0220' ? ['1999'] : []);
	});

	it('names every hensynssone H<kode>_<løpenr>', () => {
		const problems = ofKind(m, 'zone').map((f) =>
			checkZoneName(f.feature.properties.name, f.feature.properties.code)
		);
		expect(problems.filter((p) => p !== null)).toEqual([]);
	});

	it('has only valid polygons', () => {
		const problems = readPlan(m).read.features.flatMap((f) => {
			const polygons =
				f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
			return polygons
				.map((rings) => findPolygonProblem(rings.map((ring) => ring.slice(0, -1).map(toLocal))))
				.filter((p) => p !== null)
				.map((p) => `${f.properties.name}: ${p}`);
		});
		expect(problems).toEqual([]);
	});

	it('covers its plan area with land use, give or take the seeded gaps and overlaps', () => {
		const own = DEFECTS.filter((d) => !d.natural && d.municipalities[0] === m);
		const sum = (kinds: string[]) =>
			own.filter((d) => kinds.includes(d.kind)).reduce((s, d) => s + d.areaM2, 0);
		const landuse = ofKind(m, 'landuse').reduce((s, f) => s + m2(f), 0);
		const planArea = ofKind(m, 'planarea').reduce((s, f) => s + m2(f), 0);
		const expected = planArea + sum(['overlap', 'overlap-within-plan']) - sum(['sliver', 'gap']);
		expect(Math.abs(landuse - expected)).toBeLessThan(1);
	});
});

describe('defects.json', () => {
	const landuse = (m: string) => ofKind(m as Municipality, 'landuse');
	const planArea = (m: string) => ofKind(m as Municipality, 'planarea');
	const everyLanduse = () => MUNICIPALITIES.flatMap((m) => ofKind(m, 'landuse'));

	it.each(DEFECTS.filter((d) => !d.natural && (d.kind === 'sliver' || d.kind === 'gap')))(
		'$id ($kind) lies in its plan area and under no land use of any plan',
		(d) => {
			const [own] = d.municipalities as [string];
			expect([
				coveredBy(planArea(own), d.point).length,
				coveredBy(everyLanduse(), d.point).length
			]).toEqual([1, 0]);
		}
	);

	it.each(DEFECTS.filter((d) => !d.natural && d.kind === 'overlap'))(
		'$id reaches out of its own plan area into land use of the neighbour',
		(d) => {
			const [own, neighbour] = d.municipalities as [string, string];
			expect([
				coveredBy(planArea(own), d.point).length,
				coveredBy(planArea(neighbour), d.point).length,
				coveredBy(landuse(own), d.point).length,
				coveredBy(landuse(neighbour), d.point).length
			]).toEqual([0, 1, 1, 1]);
		}
	);

	it.each(DEFECTS.filter((d) => d.kind === 'overlap-within-plan'))(
		'$id is covered twice by its own land use',
		(d) => {
			const [own] = d.municipalities as [string];
			expect(
				coveredBy(landuse(own), d.point)
					.map((f) => f.feature.properties.objectId)
					.sort()
			).toContain(d.objectIds[0]);
			expect(coveredBy(landuse(own), d.point)).toHaveLength(2);
		}
	);

	it.each(DEFECTS.filter((d) => ['unknown-code', 'status-3'].includes(d.kind) || d.id === 'D09'))(
		'$id ($kind) is the tagged land-use area at its point',
		(d) => {
			const [own] = d.municipalities as [string];
			const [hit] = coveredBy(landuse(own), d.point);
			const p = hit?.feature.properties;
			const expected = {
				'unknown-code': ['1999', 1],
				'status-3': ['110', 3],
				'expired-code': ['5000', 1]
			}[d.kind as 'unknown-code' | 'status-3' | 'expired-code'];
			expect([p?.objectId, p?.code, p?.status]).toEqual([d.objectIds[0], ...expected]);
		}
	);

	it('D10: the whole Hurum plan is coded after PBL 1985', () => {
		const lists = new Set(ofKind('0628', 'landuse').map((f) => f.feature.properties.codeList));
		expect([...lists]).toEqual(['arealbruk-1985']);
	});

	it.each(DEFECTS.filter((d) => d.kind === 'duplicate-zone'))(
		'$id is the same zone in both plans',
		(d) => {
			const zones = d.municipalities.map((m) =>
				ofKind(m as Municipality, 'zone').filter(
					(z) => z.feature.properties.objectId === d.objectIds[0]
				)
			);
			const [a, b] = zones.map((list) => list[0]);
			expect(zones.map((list) => list.length)).toEqual([1, 1]);
			expect(
				areaOf(subtractAreas(a!.area, b!.area)) + areaOf(subtractAreas(b!.area, a!.area))
			).toBe(0);
			expect([a!.feature.properties.code, coveredBy([a!], d.point).length]).toEqual([
				b!.feature.properties.code,
				1
			]);
		}
	);

	it.each(DEFECTS.filter((d) => d.kind === 'hole'))(
		'$id is an island filling a hole in its host',
		(d) => {
			const [own] = d.municipalities as [string];
			const tagged = landuse(own).filter((f) =>
				d.objectIds.includes(f.feature.properties.objectId)
			);
			const [island] = coveredBy(tagged, d.point);
			const host = tagged.find((f) => f !== island);
			const hole =
				host?.feature.geometry.type === 'Polygon'
					? host.feature.geometry.coordinates.length - 1
					: 0;
			expect([tagged.length, hole > 0, areaOf(intersectAreas(island!.area, host!.area))]).toEqual([
				2,
				true,
				0
			]);
		}
	);

	it.each(DEFECTS.filter((d) => d.kind === 'arc'))(
		"$id is a round island read from .BUEP arcs, filling its host's hole without a sliver",
		(d) => {
			const [own] = d.municipalities as [string];
			const tagged = landuse(own).filter((f) =>
				d.objectIds.includes(f.feature.properties.objectId)
			);
			const [island] = coveredBy(tagged, d.point);
			const host = tagged.find((f) => f !== island);
			const keys = (ring: Position[]) => new Set(ring.map((p) => `${p[0]} ${p[1]}`));
			const outer = keys((island!.feature.geometry as Polygon).coordinates[0]!);
			const sameRing = (ring: Position[]) => {
				const hole = keys(ring);
				return hole.size === outer.size && [...hole].every((k) => outer.has(k));
			};
			expect(readPlan(own as Municipality).read.notes.map((n) => n.code)).toContain(
				'sosi-arcs-densified'
			);
			expect([
				tagged.length,
				(host!.feature.geometry as Polygon).coordinates.slice(1).some(sameRing),
				Math.abs(m2(island!) - d.areaM2) < 1,
				areaOf(intersectAreas(island!.area, host!.area))
			]).toEqual([2, true, true, 0]);
		}
	);

	it.each(DEFECTS.filter((d) => d.natural && d.kind === 'overlap'))(
		'$id lies in both plan areas',
		(d) => {
			expect(d.municipalities.map((m) => coveredBy(planArea(m), d.point).length)).toEqual([1, 1]);
		}
	);

	it.each(DEFECTS.filter((d) => d.natural && d.kind === 'gap'))('$id lies in no plan area', (d) => {
		expect(MUNICIPALITIES.map((m) => coveredBy(planArea(m), d.point).length)).toEqual([0, 0, 0]);
	});
});

describe('the shared border of Asker and Røyken', () => {
	const mosaic = (m: Municipality) => unionAreas(ofKind(m, 'landuse').map((f) => f.area));
	const planAreas = () =>
		unionAreas(['0220', '0627'].map((m) => ofKind(m as Municipality, 'planarea')[0]!.area));
	const explained = (parts: Paths64[], ids: string[]) =>
		parts.map((part) =>
			ids.filter((id) => containsLocalPoint(part, toLocal(DEFECTS.find((d) => d.id === id)!.point)))
		);

	it('leaves no gap but the seeded ones (no hairlines where the plans meet)', () => {
		const gaps = partsOf(subtractAreas(planAreas(), unionAreas([mosaic('0220'), mosaic('0627')])));
		const stray = gaps.filter((g) => areaOf(g) > 0.01);
		expect(explained(stray, ['D01', 'D02', 'D03', 'D06']).sort()).toEqual([
			['D01'],
			['D02'],
			['D03'],
			['D06']
		]);
	});

	it('has no overlap but the seeded one and the natural one', () => {
		const overlaps = partsOf(intersectAreas(mosaic('0220'), mosaic('0627'))).filter(
			(o) => areaOf(o) > 0.01
		);
		expect(explained(overlaps, ['D04', 'N1']).sort()).toEqual([['D04'], ['N1']]);
	});
});
