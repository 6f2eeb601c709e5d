import fc from 'fast-check';
import { writePlanGeoJson } from '../geojson/plan';
import { fuzzCase, type FuzzCase } from './fuzz-case';
import { randomPlan } from './random-plan';

/*
 * Test support for the GeoJSON fuzz (plan, zone and building-table readers): JSON that is
 * almost a FeatureCollection, members of the wrong type, coordinates nested too deep or too
 * shallow, huge and non-finite numbers, and deep nesting.
 */

const coordinate = fc.oneof(
	{ weight: 6, arbitrary: fc.double({ min: -200, max: 200, noNaN: true }) },
	{ weight: 3, arbitrary: fc.integer({ min: 500_000, max: 6_700_000 }) },
	fc.constantFrom<unknown>(Number.MAX_VALUE, -1e308, 'NaN', null, '10', true, [], {})
);

const position = fc.oneof(
	{ weight: 8, arbitrary: fc.array(coordinate, { minLength: 2, maxLength: 3 }) },
	fc.array(coordinate, { maxLength: 4 }),
	coordinate
);

const closed = fc.array(position, { minLength: 3, maxLength: 8 }).map((ring) => [...ring, ring[0]]);
const ring = fc.oneof(
	{ weight: 4, arbitrary: closed },
	fc.array(position, { maxLength: 5 }),
	coordinate
);

const geometry: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
	geometry: fc.oneof(
		{
			weight: 5,
			arbitrary: fc.record({
				type: fc.constant('Polygon'),
				coordinates: fc.array(ring, { maxLength: 3 })
			})
		},
		{
			weight: 2,
			arbitrary: fc.record({
				type: fc.constant('MultiPolygon'),
				coordinates: fc.array(fc.array(ring, { maxLength: 2 }), { maxLength: 3 })
			})
		},
		fc.record({
			type: fc.constantFrom(
				'Point',
				'LineString',
				'MultiPoint',
				'MultiLineString',
				'Polygon',
				'Circle',
				''
			),
			coordinates: fc.oneof(
				position,
				fc.array(position, { maxLength: 4 }),
				fc.array(ring, { maxLength: 2 })
			)
		}),
		fc.record({
			type: fc.constant('GeometryCollection'),
			geometries: fc.oneof(fc.array(tie('geometry'), { maxLength: 3 }), coordinate)
		}),
		fc.constantFrom<unknown>(
			null,
			{},
			[],
			'Polygon',
			{ type: 'Polygon' },
			{ type: 'Polygon', coordinates: null }
		)
	)
})).geometry;

const properties = fc.oneof(
	{
		weight: 5,
		arbitrary: fc.record(
			{
				objectType: fc.constantFrom<unknown>('KpArealformålOmråde', 'KpOmråde', 'Ukjent', 1, null),
				kind: fc.constantFrom<unknown>('landuse', 'zone', 'planarea', 'x', null),
				code: fc.constantFrom<unknown>('1110', 1110, null, '', {}),
				codeList: fc.constantFrom<unknown>('arealformal-2008', 'none', 'x'),
				status: fc.constantFrom<unknown>(1, 2, null, 'x'),
				name: fc.oneof(fc.string(), fc.constant(null)),
				navn: fc.string(),
				zone_id: fc.oneof(fc.string(), fc.integer()),
				arealformål: fc.constantFrom<unknown>('1110', 5100, null, []),
				objectId: fc.oneof(fc.string(), fc.integer())
			},
			{ requiredKeys: [] }
		)
	},
	fc.constantFrom<unknown>(null, [], 'x', 1)
);

const crs = fc.constantFrom<unknown>(
	undefined,
	{ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } },
	{ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4326' } },
	{ type: 'name', properties: { name: 'EPSG:99999' } },
	{ type: 'EPSG', properties: { code: 25833 } },
	{ type: 'EPSG', properties: { code: 'x' } },
	{ type: 'name', properties: { name: { toString: 1 } } },
	{ properties: null },
	'EPSG:25832',
	null,
	[]
);

const feature = fc.oneof(
	{
		weight: 8,
		arbitrary: fc.record(
			{
				type: fc.constantFrom<unknown>('Feature', 'Feature', 'Feature', 'feature', null),
				id: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant({})),
				properties,
				geometry
			},
			{ requiredKeys: ['type', 'geometry'] }
		)
	},
	fc.constantFrom<unknown>(null, 1, 'Feature', [], {})
);

const collection = fc
	.record(
		{
			type: fc.constantFrom<unknown>(
				'FeatureCollection',
				'FeatureCollection',
				'Feature',
				'x',
				null
			),
			crs,
			plan: fc.constantFrom<unknown>(undefined, { municipality: 220, name: 'x' }, null, [], 'x'),
			features: fc.oneof(
				{ weight: 8, arbitrary: fc.array(feature, { maxLength: 6 }) },
				fc.constantFrom<unknown>(null, {}, 'x')
			)
		},
		{ requiredKeys: ['type'] }
	)
	.map((value) => ({ value, text: JSON.stringify(value) ?? 'null' }));

/** Deeply nested arrays or objects: a recursive reader would overflow its stack. */
const deep = fc
	.record({
		depth: fc.integer({ min: 100, max: 20_000 }),
		where: fc.constantFrom('features', 'coordinates', 'properties', 'top')
	})
	.map(({ depth, where }) => {
		const nest = '['.repeat(depth) + ']'.repeat(depth);
		const objects = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
		const text =
			where === 'top'
				? nest
				: where === 'features'
					? `{"type":"FeatureCollection","features":${nest}}`
					: where === 'coordinates'
						? `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":${nest}}}]}`
						: `{"type":"FeatureCollection","features":[{"type":"Feature","properties":${objects},"geometry":{"type":"Point","coordinates":[1,2]}}]}`;
		return { value: { depth, where }, text };
	});

const written = randomPlan.map((plan) => ({ value: plan, text: writePlanGeoJson(plan) }));

/**
 * Structure-aware GeoJSON as text with the recipe that made it, under `fileName`.
 * @example fc.sample(structuredGeoJson('x.geojson'), 1)[0].fileName // 'x.geojson'
 */
export function structuredGeoJson(fileName: string): fc.Arbitrary<FuzzCase> {
	return fc
		.oneof(
			{ weight: 6, arbitrary: collection },
			deep,
			written,
			fc.jsonValue().map((value) => ({ value, text: JSON.stringify(value) }))
		)
		.map(({ value, text }) =>
			fuzzCase(
				fileName,
				new TextEncoder().encode(text),
				`GeoJSON ${text.length > 1500 ? JSON.stringify(value) : text}`
			)
		);
}

/** Characters GeoJSON files are made of, for the random-text generator. */
export const JSON_ALPHABET =
	'{}[]:,"\\ 0123456789.-eE+tfnulrsaFeatureCollectiontypePolygoncoordinates';
