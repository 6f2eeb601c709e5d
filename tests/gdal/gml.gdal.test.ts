import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parsePlanGeoJson, writePlanGeoJson } from '$lib/formats/geojson/plan';
import { uuidFromName } from '$lib/formats/gml/derive-uuid';
import { makeFeature, rectangle } from '$lib/formats/gml/fixtures/make-plan';
import { parseNpadGml } from '$lib/formats/gml/parse';
import { writeNpadGml } from '$lib/formats/gml/write';
import { planarArea } from '$lib/geometry/area';
import { assumeCrs } from '$lib/geometry/types';
import type { PlanDocument } from '$lib/plans/types';
import { readWithGdal, runGdalTests } from '../helpers/gdal';

const CODES = ['1110', '1120', '1130', '1150', '1160', '1300', '1400', '2010', '3040', '5100'];

/**
 * Ten 200 m squares in a 5 × 2 grid from E 580000.125 N 6633000.125 (EPSG:25832), every
 * second one with a 50 m square hole: 40 000 m² or 37 500 m² each, under a 1000 m × 400 m
 * KpOmråde (400 000 m²) and a 100 m × 100 m faresone.
 */
function createPlan(): PlanDocument {
	const x0 = 580000.125;
	const y0 = 6633000.125;
	const areas = CODES.map((code, i) => {
		const x = x0 + (i % 5) * 200;
		const y = y0 + Math.floor(i / 5) * 200;
		const hole = i % 2 === 1 ? [rectangle(x + 75, y + 75, 50, 50).reverse()] : [];
		return makeFeature(
			{ type: 'Polygon', coordinates: [rectangle(x, y, 200, 200), ...hole] },
			{ objectId: String(i + 1), code, status: 1 + (i % 2), name: `F${i + 1}` }
		);
	});
	const planArea = makeFeature(
		{ type: 'Polygon', coordinates: [rectangle(x0, y0, 1000, 400)] },
		{
			objectId: '100',
			kind: 'planarea',
			objectType: 'KpOmråde',
			code: null,
			codeList: 'none',
			status: null,
			name: 'KPA Asker (GDAL-test)',
			attributes: { plantype: 20, planstatus: 3, lovreferanse: 6 }
		}
	);
	const zone = makeFeature(
		{ type: 'Polygon', coordinates: [rectangle(x0 + 50, y0 + 50, 100, 100)] },
		{
			objectId: '200',
			kind: 'zone',
			objectType: 'KpFareSone',
			code: '310',
			codeList: 'hensynssone',
			status: null,
			name: 'H310_1'
		}
	);
	return {
		srid: 25832,
		header: {
			municipality: '0220',
			planId: '2018001',
			name: 'KPA Asker (GDAL-test)',
			law: 'pbl2008',
			format: 'test'
		},
		features: [planArea, ...areas, zone]
	};
}

const expectedArea = (i: number) => (i % 2 === 1 ? 37_500 : 40_000);
const areaOf = (f: Feature) => planarArea(assumeCrs(f.geometry as Polygon | MultiPolygon, 25832));
const withinTolerance = (actual: number, expected: number) =>
	Math.abs(actual - expected) / expected < 1e-4;

describe.runIf(runGdalTests)('NPAD GML read by GDAL', () => {
	it('finds the ten land-use areas with their codes, statuses, lokalIds and areas', () => {
		const { features } = readWithGdal(
			'plan.gml',
			writeNpadGml(createPlan()),
			'KpArealformålOmråde'
		);
		expect(
			features.map((f, i) => ({
				code: String(f.properties?.arealformål),
				status: f.properties?.arealbruksstatus,
				name: f.properties?.områdenavn,
				lokalId: f.properties?.lokalId,
				area: withinTolerance(areaOf(f), expectedArea(i))
			}))
		).toEqual(
			CODES.map((code, i) => ({
				code,
				status: 1 + (i % 2),
				name: `F${i + 1}`,
				lokalId: uuidFromName(String(i + 1)),
				area: true
			}))
		);
	});

	it('reads kommunenummer 0220 (GDAL types it as an integer, so it may come back as 220)', () => {
		const { features } = readWithGdal(
			'plan.gml',
			writeNpadGml(createPlan()),
			'KpArealformålOmråde'
		);
		const numbers = new Set(
			features.map((f) => String(f.properties?.kommunenummer).padStart(4, '0'))
		);
		expect([...numbers]).toEqual(['0220']);
	});

	it('finds the plan area and the faresone', () => {
		const xml = writeNpadGml(createPlan());
		const [planArea] = readWithGdal('plan.gml', xml, 'KpOmråde').features;
		const [zone] = readWithGdal('plan.gml', xml, 'KpFareSone').features;
		expect({
			plannavn: planArea?.properties?.plannavn,
			planArea: withinTolerance(areaOf(planArea!), 400_000),
			fare: zone?.properties?.fare,
			zone: withinTolerance(areaOf(zone!), 10_000)
		}).toEqual({ plannavn: 'KPA Asker (GDAL-test)', planArea: true, fare: 310, zone: true });
	});

	it('agrees with Planbord’s own reader on every area', () => {
		const xml = writeNpadGml(createPlan());
		const ours = parseNpadGml(xml).features.filter(
			(f) => f.properties.objectType === 'KpArealformålOmråde'
		);
		const gdal = readWithGdal('plan.gml', xml, 'KpArealformålOmråde').features;
		expect(ours.map((f, i) => withinTolerance(areaOf(f), areaOf(gdal[i]!)))).toEqual(
			CODES.map(() => true)
		);
	});
});

describe.runIf(runGdalTests)('plan GeoJSON read by GDAL', () => {
	it('keeps the CRS, every feature, codes as text and the areas', () => {
		const plan = createPlan();
		const gdal = readWithGdal('plan.geojson', writePlanGeoJson(plan));
		const crs = (gdal as { crs?: { properties?: { name?: string } } }).crs?.properties?.name;
		expect({
			crs,
			codes: gdal.features.map((f) => f.properties?.code),
			areas: gdal.features.every((f, i) => withinTolerance(areaOf(f), areaOf(plan.features[i]!)))
		}).toEqual({
			crs: 'urn:ogc:def:crs:EPSG::25832',
			codes: [null, ...CODES, '310'],
			areas: true
		});
	});

	it('writes what Planbord reads back unchanged', () => {
		const plan = createPlan();
		const gdal = readWithGdal('plan.geojson', writePlanGeoJson(plan));
		const back = parsePlanGeoJson(JSON.stringify(gdal));
		expect(
			back.features.map((f) => [f.properties.objectId, f.properties.code, f.properties.status])
		).toEqual(
			plan.features.map((f) => [f.properties.objectId, f.properties.code, f.properties.status])
		);
	});
});
