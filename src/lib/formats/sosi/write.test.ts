import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { CrsError, GeometryError } from '../../errors';
import type { PlanDocument, PlanFeature, PlanFeatureProperties } from '../../plans/types';
import kpaUrl from './fixtures/kpa-example.sos?url&inline';
import pbl1985Url from './fixtures/pbl1985.sos?url&inline';
import reversedUrl from './fixtures/reversed-refs.sos?url&inline';
import saltdalUrl from './fixtures/regplan-1840-saltdal.sos?url&inline';
import { fixtureBytes } from './fixtures/bytes';
import { parseSosi } from './parse';
import { polygonArea } from './ring-area';
import { writeSosi } from './write';

const square = (e: number, n: number, size: number): Position[] => [
	[e, n],
	[e + size, n],
	[e + size, n + size],
	[e, n + size],
	[e, n]
];

function feature(
	geometry: Polygon | MultiPolygon,
	properties: Partial<PlanFeatureProperties> = {}
): PlanFeature {
	return {
		type: 'Feature',
		geometry,
		properties: {
			kind: 'landuse',
			objectType: 'KpArealformålOmråde',
			code: '1110',
			codeList: 'arealformal-2008',
			status: 1,
			name: 'B1',
			objectId: 'a',
			attributes: {},
			...properties
		}
	};
}

function plan(features: PlanFeature[], srid = 25832): PlanDocument {
	const header = { municipality: '0220', planId: '2018001', name: null, law: null, format: 'x' };
	return { header, srid, features };
}

const text = (bytes: Uint8Array) => new TextDecoder('iso-8859-10').decode(bytes);
const areas = (doc: { features: PlanFeature[] }) =>
	doc.features.map((f) => polygonArea(f.geometry.coordinates as Position[][]));

describe('writeSosi round trip', () => {
	it.each([
		['kpa-example', kpaUrl],
		['reversed-refs', reversedUrl],
		['pbl1985', pbl1985Url],
		['saltdal', saltdalUrl]
	])('parse(write(parse(%s))) keeps properties, header and areas', (_name, url) => {
		const first = parseSosi(fixtureBytes(url));
		const again = parseSosi(writeSosi(first));
		expect(again.features.map((f) => f.properties)).toEqual(
			first.features.map((f) => f.properties)
		);
		expect(again.header).toEqual(first.header);
		expect(again.srid).toBe(first.srid);
		areas(again).forEach((area, i) => expect(area).toBeCloseTo(areas(first)[i] as number, 2));
	});

	it('keeps nested, repeated and number-like string attributes', () => {
		const attributes = {
			'UTNYTTING.UTNTYP': 15,
			'UTNYTTING.UTNTALL': 30,
			'UTNYTTING#2.UTNTYP': 17,
			'UTNYTTING#2.UTNTALL': 200,
			BESKRIVELSE: 'Tre ord "sitat"',
			SAKSNR: '2016003',
			'IDENTIFIKASJON.NAVNEROM': 'http://data.geonorge.no/0220/Kommuneplaner'
		};
		const doc = plan([
			feature({ type: 'Polygon', coordinates: [square(580000, 6633000, 10)] }, { attributes })
		]);
		expect(parseSosi(writeSosi(doc)).features[0]?.properties.attributes).toEqual({
			...attributes,
			'NASJONALAREALPLANID.KOMM': '0220',
			// The header's plan id is text, so it is written quoted and read back as text.
			'NASJONALAREALPLANID.PLANID': '2018001'
		});
	});

	it('keeps areas of centimetre data within 0.01 m²', () => {
		const ring = [
			[580000.01, 6633000.02],
			[580010.07, 6633000.03],
			[580005.03, 6633010.09],
			[580000.01, 6633000.02]
		];
		const doc = plan([feature({ type: 'Polygon', coordinates: [ring] })]);
		expect(Math.abs(areas(parseSosi(writeSosi(doc)))[0]! - areas(doc)[0]!)).toBeLessThan(0.01);
	});

	it('moves finer data by at most half an ENHET per vertex', () => {
		const ring = [
			[580000.004, 6633000.001],
			[580010.006, 6633000.002],
			[580005.003, 6633010.009],
			[580000.004, 6633000.001]
		];
		const written = parseSosi(writeSosi(plan([feature({ type: 'Polygon', coordinates: [ring] })])));
		const [outer] = written.features[0]?.geometry.coordinates as Position[][];
		expect(outer).toEqual([
			[580000, 6633000],
			[580010.01, 6633000],
			[580005, 6633010.01],
			[580000, 6633000]
		]);
	});
});

describe('writeSosi output', () => {
	const doc = () =>
		plan([
			feature(
				{
					type: 'MultiPolygon',
					coordinates: [
						[square(580000, 6633000, 100), square(580020, 6633020, 10).reverse()],
						[square(580200, 6633000, 50)]
					]
				},
				{ name: 'Røyken sentrum', objectId: 'uuid-1' }
			)
		]);

	it('writes a MultiPolygon as one FLATE per part with ids objectId, objectId-2', () => {
		const features = parseSosi(writeSosi(doc())).features;
		expect(features.map((f) => f.properties.objectId)).toEqual(['uuid-1', 'uuid-1-2']);
		expect(areas({ features })).toEqual([10_000 - 100, 2500]);
	});

	it('puts holes in parentheses and the code under KPAREALFORMÅL', () => {
		const out = text(writeSosi(doc()));
		expect(out).toContain('..REF :1 (:2)\r\n');
		expect(out).toContain('..KPAREALFORMÅL 1110\r\n..AREALST 1\r\n..OMRNAVN "Røyken sentrum"\r\n');
	});

	it('uses CRLF only and ends with .SLUTT', () => {
		const out = text(writeSosi(doc()));
		expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		expect(out.endsWith('.SLUTT\r\n')).toBe(true);
	});

	it('writes the header GDAL needs: TEGNSETT, TRANSPAR, OMRÅDE in whole metres', () => {
		expect(text(writeSosi(doc())).split('\r\n').slice(0, 12)).toEqual([
			'.HODE',
			'..TEGNSETT ISO8859-10',
			'..TRANSPAR',
			'...KOORDSYS 22',
			'...ORIGO-NØ 0 0',
			'...ENHET 0.01',
			'..OMRÅDE',
			'...MIN-NØ 6633000 580000',
			'...MAX-NØ 6633100 580250',
			'..SOSI-VERSJON 4.5',
			'..SOSI-NIVÅ 4',
			'..OBJEKTKATALOG Kommuneplan 20190401 * Arealplan Kommuneplan'
		]);
	});

	it('flags only the last point of each ..NØ block as a node (...KP 1)', () => {
		const lines = text(writeSosi(doc())).split('\r\n');
		const flagged = lines.flatMap((line, i) => (line.endsWith('...KP 1') ? [lines[i + 1]] : []));
		expect(flagged.every((next) => next?.startsWith('.'))).toBe(true);
		expect(flagged).toHaveLength(3);
	});

	it('encodes ISO8859-10 by default (ø is 0xF8) and UTF-8 on request', () => {
		const latin = writeSosi(doc());
		const utf8 = writeSosi(doc(), { charset: 'UTF-8' });
		expect(latin).toContain(0xf8);
		expect(new TextDecoder().decode(utf8)).toContain('..TEGNSETT UTF-8');
		expect(parseSosi(utf8).features[0]?.properties.name).toBe('Røyken sentrum');
	});

	it('honours ENHET 0.001', () => {
		const out = text(writeSosi(doc(), { unit: 0.001 }));
		expect(out).toContain('...ENHET 0.001\r\n');
		expect(out).toContain('6633000000 580000000');
	});

	it('drops consecutive duplicate vertices', () => {
		const ring = square(580000, 6633000, 10);
		ring.splice(1, 0, [580000.001, 6633000.002]);
		const out = text(writeSosi(plan([feature({ type: 'Polygon', coordinates: [ring] })])));
		expect(out.match(/^663300000 58000000/gm)).toHaveLength(2);
	});

	it('writes zones under their own code attribute and …Grense curves', () => {
		const zone = feature(
			{ type: 'Polygon', coordinates: [square(580000, 6633000, 10)] },
			{
				kind: 'zone',
				objectType: 'KpStøySone',
				code: '210',
				codeList: 'hensynssone',
				status: null,
				name: 'H210_1'
			}
		);
		const out = text(writeSosi(plan([zone])));
		expect(out).toContain('..OBJTYPE KpStøyGrense\r\n');
		expect(out).toContain('..KPSTØY 210\r\n..HENSYNSONENAVN H210_1\r\n');
	});

	it('rejects a CRS SOSI has no code for', () => {
		expect(() => writeSosi(plan([], 3857))).toThrow(CrsError);
	});

	it('rejects a ring that collapses at ENHET', () => {
		const tiny = square(580000, 6633000, 0.001);
		expect(() => writeSosi(plan([feature({ type: 'Polygon', coordinates: [tiny] })]))).toThrow(
			GeometryError
		);
	});
});
