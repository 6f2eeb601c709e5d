import { describe, expect, it } from 'vitest';
import { ParseError } from '../../errors';
import type { PlanDocument } from '../../plans/types';
import kpaDemo from '../gml/fixtures/kpa-demo.gml?raw';
import { deepFreeze, makeFeature, makePlan, rectangle } from '../gml/fixtures/make-plan';
import { parseNpadGml } from '../gml/parse';
import { parsePlanGeoJson, writePlanGeoJson } from './plan';

const square = { type: 'Polygon', coordinates: [rectangle(580000, 6633000, 10, 10)] };
const crs25832 = { type: 'name', properties: { name: 'EPSG:25832' } };

function foreign(
	properties: Record<string, unknown>[],
	extra: Record<string, unknown> = { crs: crs25832 }
): string {
	return JSON.stringify({
		type: 'FeatureCollection',
		...extra,
		features: properties.map((p) => ({ type: 'Feature', properties: p, geometry: square }))
	});
}

describe('writePlanGeoJson → parsePlanGeoJson', () => {
	it('reads Planbord’s own export back exactly', () => {
		const plan = makePlan();
		const back = parsePlanGeoJson(writePlanGeoJson(plan));
		expect({
			srid: back.srid,
			features: back.features,
			header: back.header,
			notes: back.notes
		}).toEqual({
			srid: 25832,
			features: plan.features,
			header: { ...plan.header, format: 'GeoJSON' },
			notes: []
		});
	});

	it('reads a plan read from NPAD GML back exactly', () => {
		const read = parseNpadGml(kpaDemo);
		expect(parsePlanGeoJson(writePlanGeoJson(read)).features).toEqual(read.features);
	});

	it('keeps attributes named like model fields and feature ids', () => {
		const feature = {
			...makeFeature(square as never, {
				objectId: '1',
				attributes: { code: 'x', 'attributes.y': 2, z: '0220' }
			}),
			id: 'f-1'
		};
		const plan: PlanDocument = { ...makePlan(), features: [feature] };
		expect(parsePlanGeoJson(writePlanGeoJson(plan)).features).toEqual([feature]);
	});

	it('does not change the plan it writes', () => {
		expect(writePlanGeoJson(deepFreeze(makePlan()))).toContain('"objectId":"16"');
	});

	it('names the CRS unless the plan is in WGS 84', () => {
		const utm = JSON.parse(writePlanGeoJson(makePlan()));
		const wgs = JSON.parse(writePlanGeoJson({ ...makePlan(), srid: 4326, features: [] }));
		expect([utm.crs, 'crs' in wgs]).toEqual([
			{ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } },
			false
		]);
	});

	it('writes the header as a top-level plan member and flat properties', () => {
		const written = JSON.parse(writePlanGeoJson(makePlan()));
		expect({ plan: written.plan, properties: written.features[2].properties }).toEqual({
			plan: {
				municipality: '0220',
				planId: '2018001',
				name: 'Kommuneplanens arealdel (demo)',
				law: 'pbl2008'
			},
			properties: {
				objectType: 'KpArealformålOmråde',
				kind: 'landuse',
				code: '5100',
				codeList: 'arealformal-2008',
				status: 1,
				name: null,
				objectId: '12',
				'UTNYTTING.UTNTYP': 16,
				'UTNYTTING.UTNTALL': 25,
				kilde: 'Asker KPA 2018',
				lokalref: '0042'
			}
		});
	});
});

describe('parsePlanGeoJson of other tools’ exports', () => {
	it('maps GDAL-style NPAD names and puts kommunenummer in the header', () => {
		const text = foreign([
			{
				objekttypenavn: 'KpArealformålOmråde',
				arealformål: 1110,
				arealbruksstatus: 1,
				kommunenummer: 220,
				planidentifikasjon: 2018001,
				områdenavn: 'B1',
				lokalId: 'abc',
				beskrivelse: 'Boliger'
			}
		]);
		const { header, features, notes } = parsePlanGeoJson(text);
		expect({
			header: [header.municipality, header.planId, header.law],
			properties: features[0]?.properties,
			notes: notes.map((n) => n.code)
		}).toEqual({
			header: ['0220', '2018001', 'pbl2008'],
			properties: {
				kind: 'landuse',
				objectType: 'KpArealformålOmråde',
				code: '1110',
				codeList: 'arealformal-2008',
				status: 1,
				name: 'B1',
				objectId: 'abc',
				attributes: { beskrivelse: 'Boliger' }
			},
			notes: ['municipality-padded']
		});
	});

	it.each([
		[{ KPAREALFORMÅL: 5100, AREALST: 2 }, 'KpArealformålOmråde', '5100', 'arealformal-2008', 2],
		[{ kpArealformal: '1130' }, 'KpArealformålOmråde', '1130', 'arealformal-2008', null],
		[{ OPLAREAL: 110, AREALST: 3 }, 'KpArealbrukOmråde', '110', 'arealbruk-1985', 3],
		[{ arealbruk: 210 }, 'KpArealbrukOmråde', '210', 'arealbruk-1985', null],
		[{ KPFARE: 390 }, 'KpFareSone', '390', 'hensynssone', null],
		[{ angittHensyn: 570 }, 'KpAngittHensynSone', '570', 'hensynssone', null],
		[{ OPLRESTR: 410 }, 'KpRestriksjonOmråde', '410', 'none', null],
		[{ arealformål: 110 }, 'Ukjent', '110', 'none', null]
	])('infers the type of %j', (properties, objectType, code, codeList, status) => {
		const p = parsePlanGeoJson(foreign([properties])).features[0]?.properties;
		expect([p?.objectType, p?.code, p?.codeList, p?.status]).toEqual([
			objectType,
			code,
			codeList,
			status
		]);
	});

	it('reads a Bergen-style faresone with its own type and name names', () => {
		const text = foreign([
			{
				objtype: 'KpFareSone',
				KPFARE: 390,
				HENSYNSONENAVN: 'H390_3',
				BESKRIVELSE: 'Brannsmitte',
				KOMM: '4601'
			}
		]);
		const { header, features } = parsePlanGeoJson(text);
		expect([
			header.municipality,
			features[0]?.properties.name,
			features[0]?.properties.attributes
		]).toEqual(['4601', 'H390_3', { BESKRIVELSE: 'Brannsmitte' }]);
	});

	it('makes a feature with a plan name a KpOmråde and takes the plan name for the header', () => {
		const { header, features } = parsePlanGeoJson(
			foreign([{ PLANNAVN: 'KPA Røyken', PLANTYPE: 20, LOVREFERANSE: 6 }])
		);
		expect([
			features[0]?.properties.kind,
			features[0]?.properties.name,
			header.name,
			header.law
		]).toEqual(['planarea', 'KPA Røyken', 'KPA Røyken', 'pbl2008']);
	});

	it('takes object ids from properties, then the feature id, then the 1-based index', () => {
		const text = JSON.stringify({
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { arealformal: 1110, objectId: 'p' },
					geometry: {
						type: 'Polygon',
						coordinates: [
							[
								[10, 59],
								[10.1, 59],
								[10.1, 59.1],
								[10, 59]
							]
						]
					}
				},
				{
					type: 'Feature',
					id: 7,
					properties: { arealformal: 1110 },
					geometry: {
						type: 'Polygon',
						coordinates: [
							[
								[10, 59],
								[10.1, 59],
								[10.1, 59.1],
								[10, 59]
							]
						]
					}
				},
				{
					type: 'Feature',
					properties: { arealformal: 1110 },
					geometry: {
						type: 'Polygon',
						coordinates: [
							[
								[10, 59],
								[10.1, 59],
								[10.1, 59.1],
								[10, 59]
							]
						]
					}
				}
			]
		});
		const { srid, features } = parsePlanGeoJson(text);
		expect([srid, features.map((f) => f.properties.objectId)]).toEqual([4326, ['p', '7', '3']]);
	});

	it('turns clockwise exteriors counter-clockwise', () => {
		const clockwise = { type: 'Polygon', coordinates: [rectangle(0, 0, 1, 1).reverse()] };
		const text = JSON.stringify({
			type: 'FeatureCollection',
			features: [{ type: 'Feature', properties: { arealformal: 1110 }, geometry: clockwise }]
		});
		expect(parsePlanGeoJson(text).features[0]?.geometry.coordinates[0]).toEqual(
			rectangle(0, 0, 1, 1)
		);
	});

	it('notes and skips points and lines', () => {
		const text = JSON.stringify({
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { arealformal: 1110 },
					geometry: { type: 'Polygon', coordinates: [rectangle(0, 0, 1, 1)] }
				},
				{
					type: 'Feature',
					properties: {},
					geometry: {
						type: 'LineString',
						coordinates: [
							[0, 0],
							[1, 1]
						]
					}
				},
				{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } }
			]
		});
		const { features, notes } = parsePlanGeoJson(text);
		expect([features.length, notes]).toEqual([
			1,
			[
				{ code: 'skipped-without-surface', detail: '1 × LineString not read' },
				{ code: 'skipped-without-surface', detail: '1 × Point not read' }
			]
		]);
	});

	it('refuses polygons that carry nothing of a plan', () => {
		expect(() =>
			parsePlanGeoJson(foreign([{ BYGGNR: 123 }]), { fileName: 'bygg.geojson' })
		).toThrow(
			expect.objectContaining({
				constructor: ParseError,
				reason: 'not-a-plan',
				location: { file: 'bygg.geojson' }
			})
		);
	});

	it('passes on the GeoJSON reader’s errors', () => {
		expect(() => parsePlanGeoJson('{', { fileName: 'x.geojson' })).toThrow(
			expect.objectContaining({ reason: 'malformed-geojson', location: { file: 'x.geojson' } })
		);
	});
});
