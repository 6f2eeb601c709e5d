import { describe, expect, it } from 'vitest';
import vectors from './fixtures/crs-vectors.json';
import { converter, parseCrsName, SUPPORTED_SRIDS } from './crs';
import { CrsError } from '../errors';

interface Vector {
	epsg: number;
	lonLat: [number, number];
	xy: [number, number];
}

describe('converter against PROJ cs2cs reference vectors', () => {
	it.each(vectors as Vector[])('EPSG:$epsg at $lonLat forward and back', (v) => {
		const [x, y] = converter(4326, v.epsg).forward(v.lonLat);
		expect(x).toBeCloseTo(v.xy[0], 2);
		expect(y).toBeCloseTo(v.xy[1], 2);
		const [lon, lat] = converter(v.epsg, 4326).forward(v.xy);
		expect(lon).toBeCloseTo(v.lonLat[0], 7);
		expect(lat).toBeCloseTo(v.lonLat[1], 7);
	});

	it('covers every supported EPSG code except 4326 itself', () => {
		const tested = new Set((vectors as Vector[]).map((v) => v.epsg));
		expect(SUPPORTED_SRIDS.filter((s) => s !== 4326 && !tested.has(s))).toEqual([]);
	});
});

describe('parseCrsName', () => {
	it.each([
		['EPSG:25832', 25832],
		['urn:ogc:def:crs:EPSG::25833', 25833],
		['urn:ogc:def:crs:EPSG:6.6:23032', 23032],
		['http://www.opengis.net/def/crs/EPSG/0/5110', 5110],
		['urn:ogc:def:crs:OGC:1.3:CRS84', 4326]
	])('reads %s as %i', (name, srid) => {
		expect(parseCrsName(name)).toBe(srid);
	});

	it.each(['EPSG:2154', 'EPSG:', 'WGS84', ''])('rejects %j with a CrsError', (name) => {
		expect(() => parseCrsName(name)).toThrow(CrsError);
	});
});
