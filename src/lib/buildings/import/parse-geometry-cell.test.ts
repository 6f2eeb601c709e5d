import { describe, expect, it } from 'vitest';
import { parseGeometryCell } from './parse-geometry-cell';

const ring = [
	[10.43, 59.83],
	[10.44, 59.83],
	[10.44, 59.84],
	[10.43, 59.83]
];
const ringWkt = '10.43 59.83, 10.44 59.83, 10.44 59.84, 10.43 59.83';

describe('parseGeometryCell', () => {
	it('reads a WKT point', () => {
		expect(parseGeometryCell('POINT (10.43 59.83)')).toEqual({
			ok: true,
			value: { geometry: { type: 'Point', coordinates: [10.43, 59.83] }, srid: null }
		});
	});

	it('reads EWKT with its SRID and drops Z', () => {
		expect(parseGeometryCell('SRID=25832;POINT Z(580166.8 6633343.9 12)')).toEqual({
			ok: true,
			value: { geometry: { type: 'Point', coordinates: [580166.8, 6633343.9] }, srid: 25832 }
		});
	});

	it('reads a WKT polygon with a hole', () => {
		const hole = '10.435 59.832, 10.436 59.832, 10.436 59.833, 10.435 59.832';
		const result = parseGeometryCell(`polygon((${ringWkt}), (${hole}))`);
		expect(
			result.ok &&
				result.value?.geometry.type === 'Polygon' &&
				result.value.geometry.coordinates.length
		).toBe(2);
	});

	it('reads a WKT multipolygon', () => {
		expect(parseGeometryCell(`MULTIPOLYGON (((${ringWkt})))`)).toEqual({
			ok: true,
			value: { geometry: { type: 'MultiPolygon', coordinates: [[ring]] }, srid: null }
		});
	});

	it('reads a GeoJSON geometry with a legacy crs member', () => {
		const text = JSON.stringify({
			type: 'Point',
			coordinates: [580166.8, 6633343.9],
			crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } }
		});
		expect(parseGeometryCell(text)).toEqual({
			ok: true,
			value: { geometry: { type: 'Point', coordinates: [580166.8, 6633343.9] }, srid: 25832 }
		});
	});

	it('reads the geometry of a GeoJSON Feature', () => {
		const text = JSON.stringify({
			type: 'Feature',
			properties: {},
			geometry: { type: 'Polygon', coordinates: [ring] }
		});
		expect(parseGeometryCell(text)).toEqual({
			ok: true,
			value: { geometry: { type: 'Polygon', coordinates: [ring] }, srid: null }
		});
	});

	it.each([null, '', 'POINT EMPTY'])('reads %j as no geometry', (cell) => {
		expect(parseGeometryCell(cell)).toEqual({ ok: true, value: null });
	});

	it.each([
		'POINT (10.43)',
		'POINT (abc 59.83)',
		'POINT (10.43 59.83',
		'POLYGON ((10.43 59.83, 10.44 59.83, 10.44 59.84))',
		'POLYGON ((10.43 59.83, 10.44 59.83, 10.44 59.84, 10.45 59.85))',
		'{"type": "Point"',
		'{"type": "Polygon", "coordinates": [[1, 2]]}',
		'hello',
		42
	])('rejects %j as invalid', (cell) => {
		expect(parseGeometryCell(cell)).toEqual({ ok: false, code: 'invalid-geometry' });
	});

	it.each(['LINESTRING (10.43 59.83, 10.44 59.84)', '{"type":"MultiPoint","coordinates":[[1,2]]}'])(
		'rejects %j as unsupported',
		(cell) => {
			expect(parseGeometryCell(cell)).toEqual({ ok: false, code: 'unsupported-geometry' });
		}
	);

	it.each([
		'SRID=2154;POINT (1 2)',
		'{"type":"Point","coordinates":[1,2],"crs":{"properties":{"name":"EPSG:2154"}}}'
	])('rejects an unsupported CRS in %j', (cell) => {
		expect(parseGeometryCell(cell)).toEqual({ ok: false, code: 'unknown-crs' });
	});
});
