import { describe, expect, it } from 'vitest';
import { CrsError, GeometryError, ParseError } from '../../errors';
import { parseGeoJson } from './parse';

const square = [
	[10.4, 59.8],
	[10.5, 59.8],
	[10.5, 59.9],
	[10.4, 59.8]
];

function collection(geometry: unknown, extra: Record<string, unknown> = {}): string {
	return JSON.stringify({
		type: 'FeatureCollection',
		...extra,
		features: [{ type: 'Feature', id: 'a', properties: {}, geometry }]
	});
}

describe('parseGeoJson', () => {
	it('reads an RFC 7946 file as EPSG:4326', () => {
		const result = parseGeoJson(collection({ type: 'Polygon', coordinates: [square] }));
		expect(result.srid).toBe(4326);
		expect(result.features).toHaveLength(1);
	});

	it('honours the legacy crs member', () => {
		const polygon = { type: 'Point', coordinates: [580000, 6633000] };
		const crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } };
		expect(parseGeoJson(collection(polygon, { crs })).srid).toBe(25832);
	});

	it('rejects an unknown CRS naming the file', () => {
		const crs = { type: 'name', properties: { name: 'EPSG:2154' } };
		expect(() =>
			parseGeoJson(collection({ type: 'Point', coordinates: [1, 2] }, { crs }), {
				fileName: 'f.json'
			})
		).toThrow(expect.objectContaining({ constructor: CrsError, location: { file: 'f.json' } }));
	});

	it('rejects metres in a degrees file, naming the feature', () => {
		const text = collection({ type: 'Point', coordinates: [580000, 6633000] });
		expect(() => parseGeoJson(text)).toThrow(
			expect.objectContaining({
				constructor: CrsError,
				location: { file: undefined, feature: 'a' }
			})
		);
	});

	it('rejects an unclosed ring', () => {
		const open = square.slice(0, 3).concat([[10.45, 59.85]]);
		expect(() => parseGeoJson(collection({ type: 'Polygon', coordinates: [open] }))).toThrow(
			GeometryError
		);
	});

	it('rejects a non-numeric coordinate', () => {
		expect(() => parseGeoJson(collection({ type: 'Point', coordinates: ['10', 59] }))).toThrow(
			GeometryError
		);
	});

	// Found by parse.fuzz: these threw TypeErrors (a number destructured as a position; an
	// object name passed to String()).
	it.each([
		[
			'a MultiPoint whose coordinates are one position',
			{ type: 'MultiPoint', coordinates: [0, 0] }
		],
		['a Polygon whose rings are numbers', { type: 'Polygon', coordinates: [1, 2] }],
		['a MultiPolygon with a null ring', { type: 'MultiPolygon', coordinates: [[null]] }],
		['a GeometryCollection holding null', { type: 'GeometryCollection', geometries: [null] }]
	])('rejects %s with a GeometryError', (_, geometry) => {
		expect(() => parseGeoJson(collection(geometry))).toThrow(GeometryError);
	});

	it.each([
		['an object', '{"toString":1}'],
		['nested too deeply to print', '['.repeat(20_000) + ']'.repeat(20_000)]
	])('rejects a crs name that is %s with a CrsError', (_, name) => {
		const text = collection({ type: 'Point', coordinates: [1, 2] }).replace(
			'{',
			`{"crs":{"type":"name","properties":{"name":${name}}},`
		);
		expect(() => parseGeoJson(text)).toThrow(CrsError);
	});

	it.each([
		['not JSON', '{"type":'],
		['not a collection', '{"type":"Feature"}'],
		['a feature without geometry', '{"type":"FeatureCollection","features":[{"type":"Feature"}]}']
	])('rejects %s with a ParseError', (_, text) => {
		expect(() => parseGeoJson(text)).toThrow(ParseError);
	});
});
