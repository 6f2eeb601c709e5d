import fc from 'fast-check';
import { writeNpadGml } from '../gml/write';
import { fuzzCase, type FuzzCase } from './fuzz-case';
import { randomPlan } from './random-plan';

/*
 * Test support for the GML fuzz: structure-aware NPAD GML, as writeNpadGml writes random
 * plans and from a template with random geometry, CRS and XML trouble (deep nesting,
 * entities, DOCTYPEs, CDATA, comments in odd places).
 */

const APP = 'http://skjema.geonorge.no/SOSI/produktspesifikasjon/Kommuneplan/20190401';
const GML = 'http://www.opengis.net/gml/3.2';

const number = fc.oneof(
	{ weight: 6, arbitrary: fc.integer({ min: 580_000, max: 6_640_000 }).map(String) },
	fc.double().map(String),
	fc.constantFrom('NaN', 'INF', '1e309', '-0', '', 'x', '1,5')
);

const srs = fc.constantFrom(
	'http://www.opengis.net/def/crs/EPSG/0/25832',
	'urn:ogc:def:crs:EPSG::25833',
	'EPSG:4326',
	'EPSG:99999',
	'',
	'x'
);

const trouble = fc.oneof(
	fc.constant(''),
	fc.integer({ min: 1, max: 100_000 }).map((n) => '<app:x>'.repeat(n) + '</app:x>'.repeat(n)),
	fc.integer({ min: 1, max: 100_000 }).map((n) => '<a>'.repeat(n)),
	fc.constantFrom(
		'&lol;',
		'&amp;&lt;&#0;&#xFFFFFFFF;&#55296;',
		'<![CDATA[ ]]> ]]>',
		'<!-- -- -->',
		'<?pi x?>',
		'<app:område gml:id="">',
		'</gml:FeatureCollection>',
		'<gml:Polygon><gml:exterior></gml:exterior></gml:Polygon>',
		'<gml:posList srsDimension="0">1 2 3</gml:posList>',
		'<gml:posList srsDimension="-1">1 2 3</gml:posList>',
		'<gml:posList srsDimension="99999999999">1 2 3</gml:posList>',
		'xlink:href="#a"'
	)
);

const surface = fc
	.record({
		srs,
		dimension: fc.constantFrom('2', '3', '', '0', '1', 'x'),
		rings: fc.array(fc.array(number, { maxLength: 14 }), { minLength: 1, maxLength: 3 }),
		arc: fc.boolean(),
		simple: fc.boolean()
	})
	.map(({ srs, dimension, rings, arc, simple }) => {
		if (simple) {
			const [first, ...rest] = rings.map(
				(values) =>
					`<gml:LinearRing><gml:posList srsDimension="${dimension}">${values.join(' ')}</gml:posList></gml:LinearRing>`
			);
			return (
				`<gml:Polygon gml:id="p" srsName="${srs}"><gml:exterior>${first}</gml:exterior>` +
				rest.map((r) => `<gml:interior>${r}</gml:interior>`).join('') +
				'</gml:Polygon>'
			);
		}
		const ringXml = rings.map((values) => {
			const list = `<gml:posList srsDimension="${dimension}">${values.join(' ')}</gml:posList>`;
			const segment = arc
				? `<gml:Arc>${list}</gml:Arc>`
				: `<gml:LineStringSegment>${list}</gml:LineStringSegment>`;
			return `<gml:Ring><gml:curveMember><gml:Curve gml:id="c"><gml:segments>${segment}</gml:segments></gml:Curve></gml:curveMember></gml:Ring>`;
		});
		const [exterior, ...interiors] = ringXml;
		return (
			`<gml:Surface gml:id="s" srsName="${srs}"><gml:patches><gml:PolygonPatch>` +
			`<gml:exterior>${exterior}</gml:exterior>` +
			interiors.map((r) => `<gml:interior>${r}</gml:interior>`).join('') +
			`</gml:PolygonPatch></gml:patches></gml:Surface>`
		);
	});

const template = fc
	.record({
		doctype: fc.constantFrom('', '<!DOCTYPE x>', '<!DOCTYPE x [<!ENTITY a "b">]>'),
		encoding: fc.constantFrom('UTF-8', 'ISO-8859-1', 'windows-1252', 'UTF-16', 'bogus'),
		type: fc.constantFrom(
			'KpArealformålOmråde',
			'KpOmråde',
			'KpFareSone',
			'RpOmråde',
			'X',
			'lower'
		),
		surfaces: fc.array(surface, { minLength: 1, maxLength: 3 }),
		code: fc.constantFrom('1110', '', 'x', '&lol;'),
		trouble,
		where: fc.nat({ max: 3 })
	})
	.map((file) => {
		const inside = (k: number) => (file.where === k ? file.trouble : '');
		const features = file.surfaces.map(
			(s, i) =>
				`<gml:featureMember><app:${file.type} gml:id="f${i}">${inside(1)}` +
				`<app:identifikasjon><app:Identifikasjon><app:lokalId>${i}</app:lokalId></app:Identifikasjon></app:identifikasjon>` +
				`<app:arealformål>${file.code}</app:arealformål>` +
				`<app:område>${s}${inside(2)}</app:område></app:${file.type}></gml:featureMember>`
		);
		const text =
			`<?xml version="1.0" encoding="${file.encoding}"?>${file.doctype}${inside(0)}` +
			`<gml:FeatureCollection xmlns:gml="${GML}" xmlns:app="${APP}" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="x">` +
			features.join('') +
			`${inside(3)}</gml:FeatureCollection>`;
		return fuzzCase(
			'template.gml',
			new TextEncoder().encode(text),
			`GML template ${JSON.stringify(file)}`
		);
	});

const written = randomPlan.map((plan) => {
	const how = `writeNpadGml(${JSON.stringify(plan)})`;
	try {
		return fuzzCase('written.gml', new TextEncoder().encode(writeNpadGml(plan)), how);
	} catch {
		return fuzzCase('written.gml', new TextEncoder().encode('<x/>'), how);
	}
});

/** Billion-laughs and external entities: must be refused by the DOCTYPE rule, fast. */
const entities = fc
	.record({
		depth: fc.integer({ min: 1, max: 12 }),
		width: fc.integer({ min: 2, max: 12 }),
		external: fc.boolean()
	})
	.map(({ depth, width, external }) => {
		const decls = [external ? '<!ENTITY e0 SYSTEM "file:///etc/passwd">' : '<!ENTITY e0 "lol">'];
		for (let d = 1; d < depth; d++) decls.push(`<!ENTITY e${d} "${`&e${d - 1};`.repeat(width)}">`);
		const text = `<?xml version="1.0"?><!DOCTYPE r [${decls.join('')}]><r>&e${depth - 1};</r>`;
		return fuzzCase(
			'bomb.gml',
			new TextEncoder().encode(text),
			`entities depth ${depth} width ${width}`
		);
	});

/**
 * Structure-aware GML: a random template, a written random plan, or an entity bomb.
 * @example fc.sample(structuredGml, 1)[0].fileName
 */
export const structuredGml: fc.Arbitrary<FuzzCase> = fc.oneof(template, written, entities);

/** Characters GML files are made of, for the random-text generator. */
export const GML_ALPHABET =
	'<>/?!="\'&;:#[]- \n0123456789.abcdefgmlxsposListSurfaceDOCTYPEENTITYCDATA';
