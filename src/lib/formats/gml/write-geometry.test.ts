import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { writeEnvelope, writeSurface } from './write-geometry';

const clockwiseSquare: Polygon = {
	type: 'Polygon',
	coordinates: [
		[
			[580000.00049, 6633000],
			[580000, 6633100],
			[580100, 6633100],
			[580100, 6633000],
			[580000.00049, 6633000]
		]
	]
};

describe('writeSurface', () => {
	it('writes a counter-clockwise gml:Polygon in E N with at most 3 decimals', () => {
		expect(String(writeSurface(clockwiseSquare, 25832, '_a'))).toBe(
			[
				'<gml:Polygon gml:id="_a-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">',
				'\t<gml:exterior>',
				'\t\t<gml:LinearRing>',
				'\t\t\t<gml:posList>580000 6633000 580100 6633000 580100 6633100 580000 6633100 580000 6633000</gml:posList>',
				'\t\t</gml:LinearRing>',
				'\t</gml:exterior>',
				'</gml:Polygon>'
			].join('\n')
		);
	});

	it('writes a MultiPolygon as a gml:MultiSurface with unique ids', () => {
		const multi: MultiPolygon = {
			type: 'MultiPolygon',
			coordinates: [clockwiseSquare.coordinates, clockwiseSquare.coordinates]
		};
		const xml = String(writeSurface(multi, 25832, '_m'));
		expect(xml.match(/gml:id="[^"]+"/g)).toEqual([
			'gml:id="_m-0"',
			'gml:id="_m-1"',
			'gml:id="_m-2"'
		]);
	});

	it('writes NTM northing first, as its EPSG URI requires', () => {
		const xml = String(
			writeSurface(
				{
					type: 'Polygon',
					coordinates: [
						[
							[96000, 1204000],
							[96100, 1204000],
							[96100, 1204200],
							[96000, 1204000]
						]
					]
				},
				5110,
				'_n'
			)
		);
		expect(xml).toContain(
			'<gml:posList>1204000 96000 1204000 96100 1204200 96100 1204000 96000</gml:posList>'
		);
	});

	it('drops a point that repeats the previous one after rounding', () => {
		const polygon: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[10, 0],
					[10.0001, 0],
					[10, 10],
					[0, 0]
				]
			]
		};
		expect(String(writeSurface(polygon, 25832, '_d'))).toContain(
			'<gml:posList>0 0 10 0 10 10 0 0</gml:posList>'
		);
	});
});

describe('writeEnvelope', () => {
	it('spans all geometries', () => {
		const xml = String(
			writeEnvelope(
				[
					clockwiseSquare,
					{
						type: 'Polygon',
						coordinates: [
							[
								[579000, 6632000],
								[579001, 6632000],
								[579001, 6632001],
								[579000, 6632000]
							]
						]
					}
				],
				25832
			)
		);
		expect(xml).toContain('<gml:lowerCorner>579000 6632000</gml:lowerCorner>');
	});

	it('is null for no geometries', () => {
		expect(writeEnvelope([], 25832)).toBeNull();
	});
});
