import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { planarArea } from '../../geometry/area';
import { assumeCrs } from '../../geometry/types';
import type { PlanFeature } from '../../plans/types';
import arcRing from './fixtures/arc-ring.gml?raw';
import arealbruk1985 from './fixtures/arealbruk-1985.gml?raw';
import height3d from './fixtures/height-3d.gml?raw';
import kpaDemo from './fixtures/kpa-demo.gml?raw';
import ntmAxis from './fixtures/ntm-axis.gml?raw';
import { signedArea } from './orient-rings';
import { parseNpadGml } from './parse';

const areaOf = (feature: PlanFeature) =>
	planarArea(assumeCrs(feature.geometry as Polygon | MultiPolygon, 25832));

const byObjectId = (features: PlanFeature[], objectId: string) =>
	features.find((f) => f.properties.objectId === objectId) as PlanFeature;

describe('parseNpadGml: the 1 km² KPA of plan-standards §4.6', () => {
	it('reads the header', () => {
		expect(parseNpadGml(kpaDemo).header).toEqual({
			municipality: '0220',
			planId: '2018001',
			name: 'Kommuneplanens arealdel (demo)',
			law: 'pbl2008',
			format: 'NPAD GML Kommuneplan 20190401'
		});
	});

	it('reads five areas in EPSG:25832 and notes the line it skipped', () => {
		const { features, srid, notes } = parseNpadGml(kpaDemo);
		expect({ srid, count: features.length, notes }).toEqual({
			srid: 25832,
			count: 5,
			notes: [
				{ code: 'skipped-without-surface', detail: '1 × KpJuridiskLinje (no surface) not read' }
			]
		});
	});

	// 1 000 000 = 500 000 (1110, west half) + 460 000 (5100, east half minus the 200 m × 200 m
	// island) + 40 000 (1160, the island); the faresone is 200 m × 100 m.
	it('measures the areas computed by hand', () => {
		const { features } = parseNpadGml(kpaDemo);
		expect(features.map((f) => [f.properties.code, areaOf(f)])).toEqual([
			[null, 1_000_000],
			['1110', 500_000],
			['5100', 460_000],
			['1160', 40_000],
			['310', 20_000]
		]);
	});

	it('maps object types, codes, statuses, names and identifiers', () => {
		const { features } = parseNpadGml(kpaDemo);
		expect(
			features.map(({ properties: p }) => [
				p.kind,
				p.objectType,
				p.codeList,
				p.status,
				p.name,
				p.objectId
			])
		).toEqual([
			[
				'planarea',
				'KpOmråde',
				'none',
				null,
				'Kommuneplanens arealdel (demo)',
				'7b0e5a52-2c1b-4a39-9c1e-0a2f7c3d9e01'
			],
			[
				'landuse',
				'KpArealformålOmråde',
				'arealformal-2008',
				1,
				'B1',
				'3f6d2c1a-8b4e-4f7a-9d2c-1e5b6a7c8d01'
			],
			[
				'landuse',
				'KpArealformålOmråde',
				'arealformal-2008',
				1,
				null,
				'3f6d2c1a-8b4e-4f7a-9d2c-1e5b6a7c8d02'
			],
			['landuse', 'KpArealformålOmråde', 'arealformal-2008', 2, 'Skole', '_kp-1160'],
			['zone', 'KpFareSone', 'hensynssone', null, 'H310_1', '9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c01']
		]);
	});

	it('keeps the other properties flattened, with kommunenummer as text', () => {
		const feature = byObjectId(
			parseNpadGml(kpaDemo).features,
			'3f6d2c1a-8b4e-4f7a-9d2c-1e5b6a7c8d01'
		);
		expect(feature.properties.attributes).toEqual({
			'identifikasjon.navnerom': 'https://data.geonorge.no/0220/kommuneplan',
			oppdateringsdato: '2019-01-01T00:00:00',
			'arealplanId.kommunenummer': '0220',
			'arealplanId.planidentifikasjon': 2018001,
			beskrivelse: 'Boliger på Hvalstad & Vollen',
			'utnytting.utnyttingstype': 16,
			'utnytting.utnyttingstall': 25
		});
	});

	it('returns a one-member MultiSurface as a Polygon with RFC 7946 orientation', () => {
		const planArea = parseNpadGml(kpaDemo).features[0] as PlanFeature;
		const ring = (planArea.geometry as Polygon).coordinates[0]!;
		expect({ type: planArea.geometry.type, ccw: signedArea(ring) > 0 }).toEqual({
			type: 'Polygon',
			ccw: true
		});
	});

	it('turns the counter-clockwise hole clockwise', () => {
		const lnfr = byObjectId(parseNpadGml(kpaDemo).features, '3f6d2c1a-8b4e-4f7a-9d2c-1e5b6a7c8d02');
		const [outer, hole] = (lnfr.geometry as Polygon).coordinates;
		expect([signedArea(outer!) > 0, signedArea(hole!) < 0]).toEqual([true, true]);
	});

	it('reads the same plan from ISO-8859-1 bytes', () => {
		const latin1 = kpaDemo.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
		const bytes = Uint8Array.from(latin1, (c) => c.charCodeAt(0));
		const { features } = parseNpadGml(bytes);
		expect([
			features[1]?.properties.objectType,
			features[1]?.properties.attributes.beskrivelse
		]).toEqual(['KpArealformålOmråde', 'Boliger på Hvalstad & Vollen']);
	});
});

describe('parseNpadGml: other inputs', () => {
	it('reads a PBL 1985 plan: arealbruk codes, zero-padded kommunenummer, law from types', () => {
		const { header, features, notes } = parseNpadGml(arealbruk1985);
		expect({
			header: [header.municipality, header.planId, header.law],
			features: features.map(({ properties: p }) => [p.kind, p.code, p.codeList, p.status, p.name]),
			notes: notes.map((n) => n.code)
		}).toEqual({
			header: ['0627', '1994002', 'pbl1985'],
			features: [
				['landuse', '110', 'arealbruk-1985', 3, 'B7'],
				['zone', '410', 'none', null, null]
			],
			notes: ['municipality-padded']
		});
	});

	it('swaps NTM northing-first positions to easting-first', () => {
		const [feature] = parseNpadGml(ntmAxis).features;
		const ring = (feature?.geometry as Polygon).coordinates[0]!;
		expect({ first: ring[0], area: Math.abs(signedArea(ring)) / 2 }).toEqual({
			first: [96000, 1204000],
			area: 20_000
		});
	});

	it('drops heights from srsDimension 3 and reads EPSG:5972 as 25832', () => {
		const { srid, features } = parseNpadGml(height3d);
		expect({
			srid,
			areas: features.map(areaOf),
			first: (features[0]?.geometry as Polygon).coordinates[0]![0]
		}).toEqual({
			srid: 25832,
			areas: [2500, 2500],
			first: [580000, 6633000]
		});
	});

	it('densifies arcs to 0.01 m and reads an RP namespace by local name', () => {
		const { header, features } = parseNpadGml(arcRing);
		const [feature] = features;
		expect({
			format: header.format,
			kind: feature?.properties.kind,
			codeList: feature?.properties.codeList,
			name: feature?.properties.name,
			area: Math.round(areaOf(feature!) * 100) / 100
		}).toEqual({
			format: 'NPAD GML Reguleringsplanforslag 5.0',
			kind: 'landuse',
			codeList: 'reguleringsformal-2008',
			name: 'o_GF1',
			area: 156.88
		});
	});
});
