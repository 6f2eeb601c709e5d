import { describe, expect, it } from 'vitest';
import { CrsError } from '../../errors';
import { readSrsName } from './read-srs';

describe('readSrsName', () => {
	it.each([
		['http://www.opengis.net/def/crs/EPSG/0/25832', 25832, false],
		['urn:ogc:def:crs:EPSG::25833', 25833, false],
		['EPSG:25835', 25835, false],
		['http://www.opengis.net/def/crs/EPSG/0/5110', 5110, true],
		['urn:ogc:def:crs:EPSG::27393', 27393, true],
		['urn:ogc:def:crs:EPSG::4326', 4326, true],
		['EPSG:4326', 4326, false],
		['http://www.opengis.net/gml/srs/epsg.xml#5110', 5110, false],
		['urn:ogc:def:crs:OGC:1.3:CRS84', 4326, false]
	])('reads %s as EPSG:%i, swap %s', (name, srid, swap) => {
		expect(readSrsName(name)).toMatchObject({ srid, swap, dimension: 2 });
	});

	it('reads the compound UTM 32 + NN2000 CRS as 2D UTM 32 with three ordinates', () => {
		expect(readSrsName('http://www.opengis.net/def/crs/EPSG/0/5972')).toEqual({
			srid: 25832,
			swap: false,
			dimension: 3
		});
	});

	it('reads ETRS89 geographic as WGS 84 with a note, latitude first', () => {
		expect(readSrsName('urn:ogc:def:crs:EPSG::4258')).toMatchObject({
			srid: 4326,
			swap: true,
			note: expect.stringContaining('4258')
		});
	});

	it('names an unknown srsName and where it was found', () => {
		expect(() => readSrsName('urn:ogc:def:crs:EPSG::2154', { line: 7 })).toThrow(
			expect.objectContaining({
				constructor: CrsError,
				reason: 'unknown-crs',
				detail: 'unknown CRS "urn:ogc:def:crs:EPSG::2154"',
				location: { line: 7 }
			})
		);
	});
});
