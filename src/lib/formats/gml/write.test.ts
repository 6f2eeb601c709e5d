import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { planarArea } from '../../geometry/area';
import { assumeCrs } from '../../geometry/types';
import type { PlanDocument, PlanFeature } from '../../plans/types';
import { uuidFromName } from './derive-uuid';
import kpaDemo from './fixtures/kpa-demo.gml?raw';
import { deepFreeze, makeFeature, makePlan, rectangle } from './fixtures/make-plan';
import { signedArea } from './orient-rings';
import { parseNpadGml } from './parse';
import { streamFeatures } from './stream-features';
import { writeNpadGml } from './write';

const areaOf = (f: PlanFeature) =>
	planarArea(assumeCrs(f.geometry as Polygon | MultiPolygon, 25832));
const essentials = (f: PlanFeature) => {
	const { kind, objectType, code, codeList, status, name, objectId } = f.properties;
	return { kind, objectType, code, codeList, status, name, objectId, area: areaOf(f) };
};

/** The direct children of each written feature, as local names. */
function childNames(xml: string): string[][] {
	const out: string[][] = [];
	streamFeatures([xml], (node) => out.push(node.children.map((c) => c.local)));
	return out;
}

describe('writeNpadGml round trip', () => {
	it('keeps codes, statuses, names, identifiers, object types and areas', () => {
		const plan = makePlan();
		const back = parseNpadGml(writeNpadGml(plan));
		expect(back.features.map(essentials)).toEqual(plan.features.map(essentials));
	});

	it('keeps the header and the CRS', () => {
		const back = parseNpadGml(writeNpadGml(makePlan()));
		expect({ srid: back.srid, header: back.header }).toEqual({
			srid: 25832,
			header: {
				municipality: '0220',
				planId: '2018001',
				name: 'Kommuneplanens arealdel (demo)',
				law: 'pbl2008',
				format: 'NPAD GML Kommuneplan 20190401'
			}
		});
	});

	it('keeps geometry exactly when coordinates have at most 3 decimals', () => {
		const plan = makePlan();
		const back = parseNpadGml(writeNpadGml(plan));
		expect(back.features.map((f) => f.geometry)).toEqual(plan.features.map((f) => f.geometry));
	});

	it('reads back a parsed NPAD file unchanged apart from what the schema requires', () => {
		const read = parseNpadGml(kpaDemo);
		const back = parseNpadGml(writeNpadGml(read));
		const lnfr = (r: typeof read) => r.features[1]?.properties.attributes;
		expect({ features: back.features.map(essentials), attributes: lnfr(back) }).toEqual({
			features: read.features.map(essentials),
			attributes: lnfr(read)
		});
	});

	it('keeps attributes the schema has no place for, with their types', () => {
		const back = parseNpadGml(writeNpadGml(makePlan()));
		expect(back.features[2]?.properties.attributes).toMatchObject({
			kilde: 'Asker KPA 2018',
			lokalref: '0042'
		});
	});
});

describe('writeNpadGml output', () => {
	it('does not change the plan it writes', () => {
		expect(writeNpadGml(deepFreeze(makePlan()))).toContain('<app:KpFareSone');
	});

	it('follows the KP 20190401 element order', () => {
		const [planArea, landuse, , , , zone, restriction] = childNames(writeNpadGml(makePlan()));
		expect({ planArea, landuse, zone, restriction }).toEqual({
			planArea: [
				'identifier',
				'identifikasjon',
				'oppdateringsdato',
				'område',
				'arealplanId',
				'plantype',
				'planstatus',
				'lovreferanse',
				'ikrafttredelsesdato',
				'plannavn'
			],
			landuse: [
				'identifier',
				'identifikasjon',
				'oppdateringsdato',
				'arealplanId',
				'område',
				'arealformål',
				'arealbruksstatus',
				'områdenavn'
			],
			zone: [
				'identifier',
				'identifikasjon',
				'oppdateringsdato',
				'arealplanId',
				'område',
				'fare',
				'hensynSonenavn',
				'beskrivelse'
			],
			restriction: [
				'identifier',
				'name',
				'identifikasjon',
				'oppdateringsdato',
				'arealplanId',
				'område',
				'arealbruksstatus',
				'arealbruksrestriksjoner'
			]
		});
	});

	it('derives UUID lokalIds from non-UUID identifiers and builds gml:ids from them', () => {
		const xml = writeNpadGml(makePlan());
		const lokalId = uuidFromName('11');
		expect([
			xml.includes(`<app:lokalId>${lokalId}</app:lokalId>`),
			xml.includes(`gml:id="_${lokalId}"`),
			xml.includes('<gml:identifier codeSpace="urn:planbord:objectId">11</gml:identifier>')
		]).toEqual([true, true, true]);
	});

	it('uses a UUID objectId as the lokalId and writes no identifier', () => {
		const id = '3f6d2c1a-8b4e-4f7a-9d2c-1e5b6a7c8d01';
		const plan: PlanDocument = {
			...makePlan(),
			features: [
				makeFeature({ type: 'Polygon', coordinates: [rectangle(0, 0, 1, 1)] }, { objectId: id })
			]
		};
		const xml = writeNpadGml(plan);
		expect([
			xml.includes(`<app:lokalId>${id}</app:lokalId>`),
			xml.includes('gml:identifier')
		]).toEqual([true, false]);
	});

	it('gives features sharing an objectId distinct lokalIds and gml:ids', () => {
		const twin = makeFeature(
			{ type: 'Polygon', coordinates: [rectangle(0, 0, 1, 1)] },
			{ objectId: '7' }
		);
		const xml = writeNpadGml({ ...makePlan(), features: [twin, twin] });
		const ids = [...xml.matchAll(/<app:(?:KpArealformålOmråde) gml:id="([^"]+)"/g)].map(
			(m) => m[1]
		);
		expect(new Set(ids).size).toBe(2);
	});

	it('orients exteriors counter-clockwise and holes clockwise (R7)', () => {
		const xml = writeNpadGml(makePlan());
		const rings = [
			...xml.matchAll(/<gml:(exterior|interior)>\s*<gml:LinearRing>\s*<gml:posList>([^<]+)</g)
		].map(([, role, list]) => {
			const n = list!.split(' ').map(Number);
			const ring = Array.from({ length: n.length / 2 }, (_, i) => [n[2 * i]!, n[2 * i + 1]!]);
			return [role, Math.sign(signedArea(ring))];
		});
		expect(new Set(rings.map(([role, sign]) => `${role} ${sign}`))).toEqual(
			new Set(['exterior 1', 'interior -1'])
		);
	});

	it('escapes text and writes the header kommunenummer with its leading zero', () => {
		const xml = writeNpadGml(makePlan());
		expect([
			xml.includes('<app:områdenavn>B1 &lt;nord&gt; &amp; &quot;sør&quot;</app:områdenavn>'),
			xml.includes('<app:kommunenummer>0220</app:kommunenummer>')
		]).toEqual([true, true]);
	});

	it('declares the namespaces, the schema and an envelope in the plan CRS', () => {
		const xml = writeNpadGml(makePlan());
		expect([
			xml.includes(
				'xmlns:app="http://skjema.geonorge.no/SOSI/produktspesifikasjon/Kommuneplan/20190401"'
			),
			xml.includes('xmlns:xlink="http://www.w3.org/1999/xlink"'),
			xml.includes(
				'<gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/25832" srsDimension="2">'
			),
			xml.includes('<gml:lowerCorner>580000 6633000</gml:lowerCorner>'),
			xml.includes('<gml:upperCorner>581450 6634000</gml:upperCorner>')
		]).toEqual([true, true, true, true, true]);
	});

	it('writes a WGS 84 plan latitude first and reads it back longitude first', () => {
		const ring = [
			[10.4355, 59.8335],
			[10.4365, 59.8335],
			[10.4365, 59.8345],
			[10.4355, 59.8335]
		];
		const plan: PlanDocument = {
			...makePlan(),
			srid: 4326,
			features: [makeFeature({ type: 'Polygon', coordinates: [ring] }, { objectId: 'a' })]
		};
		const xml = writeNpadGml(plan);
		expect({
			posList: xml.includes('59.8335 10.4355 59.8335 10.4365'),
			back: parseNpadGml(xml).features[0]?.geometry
		}).toEqual({
			posList: true,
			back: { type: 'Polygon', coordinates: [ring] }
		});
	});
});
