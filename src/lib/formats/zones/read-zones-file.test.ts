import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { planarArea } from '../../geometry/area';
import { converter } from '../../geometry/crs';
import { E0, N0, feature, geoJsonFile, rectangleRing } from './fixtures/make-zones';
import { MAX_ZONE_FILE_BYTES, readZonesFile } from './read-zones-file';

const EPSG = (code: number) => `urn:ogc:def:crs:EPSG::${code}`;
const polygon = (...rings: Position[][]) => ({ type: 'Polygon', coordinates: rings });
const square = (name: string, e = E0, n = N0, size = 1000) =>
	feature({ name }, polygon(rectangleRing(e, n, size, size)));
const transform = (ring: Position[], from: number, to: number) =>
	ring.map((p) => converter(from, to).forward([p[0]!, p[1]!]));

describe('readZonesFile: GeoJSON', () => {
	it('reads names from name, navn or lokalomrade and ids from zone_id', async () => {
		const file = geoJsonFile(
			[
				feature({ zone_id: 'z1', navn: 'Heggedal' }, polygon(rectangleRing(E0, N0, 10, 10))),
				feature(
					{ zone_id: 'z2', LOKALOMRADE: 'Vollen' },
					polygon(rectangleRing(E0 + 10, N0, 10, 10))
				)
			],
			EPSG(25832)
		);
		const { zones, notes } = await readZonesFile(file, 'soner.geojson');
		expect(zones.map((z) => [z.id, z.name])).toEqual([
			['z1', 'Heggedal'],
			['z2', 'Vollen']
		]);
		expect(notes).toEqual([]);
	});

	it('gives stable ids and "Sone N" names when ids repeat and names are missing, and says so', async () => {
		const file = geoJsonFile(
			[
				feature({ id: 7 }, polygon(rectangleRing(E0, N0, 10, 10))),
				feature({ id: 7, name: 'Vollen' }, polygon(rectangleRing(E0 + 10, N0, 10, 10)))
			],
			EPSG(25832)
		);
		const { zones, notes } = await readZonesFile(file, 'soner.geojson');
		expect(zones.map((z) => [z.id, z.name])).toEqual([
			['sone-1', 'Sone 1'],
			['sone-2', 'Vollen']
		]);
		expect(notes.map((n) => [n.kind, n.detail])).toEqual([
			[
				'ids-generated',
				'id "7" occurs more than once; the zones were given the ids sone-1 … sone-2'
			],
			['names-generated', expect.stringContaining('1 zone(s) without a name')]
		]);
	});

	it('keeps holes and multipolygon parts, turning rings into RFC 7946 order', async () => {
		// Outer ring clockwise and hole counter-clockwise: the wrong way round for RFC 7946.
		const outer = rectangleRing(E0, N0, 500, 400).reverse();
		const hole = rectangleRing(E0 + 200, N0 + 150, 100, 100);
		const parts = [
			[rectangleRing(E0, N0 + 2000, 200, 200)],
			[rectangleRing(E0 + 500, N0 + 2000, 200, 200)]
		];
		const file = geoJsonFile(
			[
				feature({ name: 'Med hull' }, polygon(outer, hole)),
				feature({ name: 'Øyer' }, { type: 'MultiPolygon', coordinates: parts })
			],
			EPSG(25832)
		);
		const { zones, notes } = await readZonesFile(file, 'soner.geojson');
		expect(zones[0]!.geometry).toEqual(polygon(outer.slice().reverse(), hole.slice().reverse()));
		expect(zones[1]!.geometry).toEqual({ type: 'MultiPolygon', coordinates: parts });
		expect(zones.map((z) => planarArea(z.geometry))).toEqual([190_000, 80_000]);
		expect(notes.filter((n) => n.kind === 'repaired')).toEqual([]);
	});

	it('repairs a bow-tie into its lobes and notes the area before and after', async () => {
		// From repair-polygon.test.ts, moved to Asker: lobes ½·3000·750 = 1 125 000 m² and
		// ½·1000·250 = 125 000 m² drawn against each other (1 000 000 m²); repaired 1 250 000.
		const bowTie = [
			[E0, N0],
			[E0 + 1000, N0 + 1000],
			[E0 + 1000, N0],
			[E0, N0 + 3000],
			[E0, N0]
		];
		const file = geoJsonFile([feature({ id: 'x', name: 'Sløyfe' }, polygon(bowTie))], EPSG(25832));
		const { zones, notes } = await readZonesFile(file, 'soner.geojson');
		expect(zones[0]!.geometry.type).toBe('MultiPolygon');
		expect(planarArea(zones[0]!.geometry)).toBe(1_250_000);
		expect(notes).toEqual([
			{
				kind: 'repaired',
				zoneId: 'x',
				zoneName: 'Sløyfe',
				reason: 'self-intersection',
				areaBefore: 1_000_000,
				areaAfter: 1_250_000,
				detail: 'self-intersection repaired: 1000000.0 m² → 1250000.0 m²'
			}
		]);
	});

	it('drops a hole lying outside its zone and notes the area gained', async () => {
		const stray = rectangleRing(E0 + 2000, N0, 100, 100).reverse();
		const file = geoJsonFile(
			[feature({ name: 'Hull utenfor' }, polygon(rectangleRing(E0, N0, 1000, 1000), stray))],
			EPSG(25832)
		);
		const { zones, notes } = await readZonesFile(file, 'soner.geojson');
		expect(zones[0]!.geometry).toEqual(polygon(rectangleRing(E0, N0, 1000, 1000)));
		expect(notes).toEqual([
			expect.objectContaining({
				kind: 'repaired',
				reason: 'invalid-holes',
				areaBefore: 990_000,
				areaAfter: 1_000_000
			})
		]);
	});

	it('closes an unclosed ring and notes it', async () => {
		const open = rectangleRing(E0, N0, 100, 100).slice(0, -1);
		const file = geoJsonFile([feature({ name: 'Åpen' }, polygon(open))], EPSG(25832));
		const { zones, notes } = await readZonesFile(file, 'soner.geojson');
		expect(planarArea(zones[0]!.geometry)).toBe(10_000);
		expect(notes.map((n) => n.kind === 'repaired' && n.reason)).toEqual(['unclosed-ring']);
	});

	it('reprojects a file in EPSG:25833 to the rectangle it was made from (1 000 000 m² by hand)', async () => {
		const ring = rectangleRing(E0, N0, 1000, 1000);
		const file = geoJsonFile(
			[feature({ name: 'Fra 33' }, polygon(transform(ring, 25832, 25833)))],
			EPSG(25833)
		);
		const { zones, sourceCrs, notes } = await readZonesFile(file, 'sone33.geojson');
		const back = (zones[0]!.geometry.coordinates as Position[][])[0]!;
		back.forEach((p, i) =>
			expect(Math.hypot(p[0]! - ring[i]![0]!, p[1]! - ring[i]![1]!)).toBeLessThan(1e-6)
		);
		expect(planarArea(zones[0]!.geometry)).toBeCloseTo(1_000_000, 4);
		expect(sourceCrs).toBe(25833);
		expect(notes).toEqual([
			{
				kind: 'reprojected',
				zoneId: null,
				zoneName: null,
				fromSrid: 25833,
				detail: 'transformed from EPSG:25833 to EPSG:25832'
			}
		]);
	});

	it('reads an RFC 7946 file (no crs) as WGS 84 and reprojects it (1 000 000 m² by hand)', async () => {
		const ring = rectangleRing(E0, N0, 1000, 1000);
		const file = geoJsonFile([
			feature({ name: 'Fra grader' }, polygon(transform(ring, 25832, 4326)))
		]);
		const { zones, sourceCrs } = await readZonesFile(file, 'wgs84.geojson');
		expect(sourceCrs).toBe(4326);
		expect(planarArea(zones[0]!.geometry)).toBeCloseTo(1_000_000, 4);
	});

	it('honours urn:ogc:def:crs:OGC:1.3:CRS84 and the 2008 draft {"type":"EPSG"} member', async () => {
		const ring = transform(rectangleRing(E0, N0, 100, 100), 25832, 4326);
		const crs84 = geoJsonFile([feature({}, polygon(ring))], 'urn:ogc:def:crs:OGC:1.3:CRS84');
		const draft = new TextEncoder().encode(
			JSON.stringify({
				type: 'FeatureCollection',
				crs: { type: 'EPSG', properties: { code: 25832 } },
				features: [square('b')]
			})
		);
		const read = await Promise.all([
			readZonesFile(crs84, 'a.geojson'),
			readZonesFile(draft, 'b.json')
		]);
		expect(read.map((r) => r.sourceCrs)).toEqual([4326, 25832]);
	});

	it('reads a single Feature as one zone', async () => {
		const ring = transform(rectangleRing(E0, N0, 100, 100), 25832, 4326);
		const file = new TextEncoder().encode(
			JSON.stringify(feature({ name: 'Alene' }, polygon(ring)))
		);
		const { zones } = await readZonesFile(file, 'en.geojson');
		expect(zones.map((z) => [z.id, z.name, Math.round(planarArea(z.geometry))])).toEqual([
			['sone-1', 'Alene', 10_000]
		]);
	});
});

describe('readZonesFile: refusals', () => {
	const refuse = async (file: Uint8Array, name: string) => {
		const error = await readZonesFile(file, name).then(
			() => null,
			(e: unknown) => e
		);
		if (!error) throw new Error('expected a refusal');
		return error;
	};

	it('refuses UTM coordinates in a file without crs, saying they look like metres', async () => {
		const error = await refuse(geoJsonFile([square('Heggedal')]), 'utm.geojson');
		expect(error).toMatchObject({
			name: 'CrsError',
			reason: 'coordinates-outside-crs',
			detail: expect.stringContaining('look like metres (UTM)'),
			location: { file: 'utm.geojson', feature: 'Heggedal' }
		});
	});

	it('refuses degrees in a file declaring EPSG:25832', async () => {
		const ring = transform(rectangleRing(E0, N0, 100, 100), 25832, 4326);
		const error = await refuse(
			geoJsonFile([feature({ navn: 'Grader' }, polygon(ring))], EPSG(25832)),
			'g.geojson'
		);
		expect(error).toMatchObject({
			reason: 'coordinates-outside-crs',
			detail: expect.stringContaining('far from Norway; is the file in another CRS?'),
			location: { feature: 'Grader' }
		});
	});

	it('refuses latitude and longitude swapped, saying so', async () => {
		const ring = transform(rectangleRing(E0, N0, 100, 100), 25832, 4326).map(([x, y]) => [y!, x!]);
		const error = await refuse(geoJsonFile([feature({}, polygon(ring))]), 'byttet.geojson');
		expect(error).toMatchObject({
			reason: 'coordinates-outside-crs',
			detail: expect.stringContaining('swapped'),
			location: { feature: 'Sone 1' }
		});
	});

	it('refuses an unknown CRS', async () => {
		const error = await refuse(geoJsonFile([square('a')], 'EPSG:2154'), 'fransk.geojson');
		expect(error).toMatchObject({
			name: 'CrsError',
			reason: 'unknown-crs',
			location: { file: 'fransk.geojson' }
		});
	});

	// Found by read-zones-file.fuzz: String() of this name threw a TypeError.
	it('refuses a crs name that is an object, as an unknown CRS', async () => {
		const file = new TextEncoder().encode(
			JSON.stringify({
				type: 'FeatureCollection',
				crs: { type: 'name', properties: { name: { toString: 1 } } },
				features: []
			})
		);
		const error = await refuse(file, 'rar.geojson');
		expect(error).toMatchObject({ name: 'CrsError', reason: 'unknown-crs' });
	});

	// JSON.stringify of this crs (for the message) overflowed the stack: a RangeError.
	it('refuses a crs member nested too deeply to print, as an unknown CRS', async () => {
		const crs = '['.repeat(20_000) + ']'.repeat(20_000);
		const file = new TextEncoder().encode(
			`{"type":"FeatureCollection","crs":${crs},"features":[]}`
		);
		const error = await refuse(file, 'dyp.geojson');
		expect(error).toMatchObject({ name: 'CrsError', reason: 'unknown-crs' });
	});

	it('refuses broken JSON', async () => {
		const error = await refuse(
			new TextEncoder().encode('{"type": "FeatureCollection", '),
			'brutt.geojson'
		);
		expect(error).toMatchObject({ name: 'ParseError', reason: 'malformed-geojson' });
	});

	it('refuses JSON that is not GeoJSON features', async () => {
		const error = await refuse(new TextEncoder().encode('[1, 2, 3]'), 'liste.json');
		expect(error).toMatchObject({
			reason: 'malformed-geojson',
			detail: 'expected a FeatureCollection or a Feature'
		});
	});

	it('refuses a line, naming the feature', async () => {
		const line = {
			type: 'LineString',
			coordinates: [
				[E0, N0],
				[E0 + 1, N0]
			]
		};
		const error = await refuse(
			geoJsonFile([square('ok'), feature({ name: 'Grense' }, line)], EPSG(25832)),
			'l.geojson'
		);
		expect(error).toMatchObject({
			name: 'GeometryError',
			reason: 'unsupported-geometry-type',
			detail: 'a LineString; a zone must be a Polygon or MultiPolygon',
			location: { feature: 'Grense' }
		});
	});

	it('refuses a feature without geometry and an empty polygon', async () => {
		const errors = await Promise.all([
			refuse(geoJsonFile([feature({ name: 'Tom' }, null)], EPSG(25832)), 'a.geojson'),
			refuse(geoJsonFile([feature({ name: 'Tom' }, polygon())], EPSG(25832)), 'b.geojson')
		]);
		expect(errors).toMatchObject([
			{ reason: 'empty-geometry', location: { feature: 'Tom' } },
			{ reason: 'empty-geometry', location: { feature: 'Tom' } }
		]);
	});

	it('refuses a zero-area polygon, and with it the whole file', async () => {
		const flat = [
			[E0, N0],
			[E0 + 500, N0],
			[E0 + 1000, N0],
			[E0, N0]
		];
		const error = await refuse(
			geoJsonFile([square('Heggedal'), feature({ name: 'Strek' }, polygon(flat))], EPSG(25832)),
			'flat.geojson'
		);
		expect(error).toMatchObject({
			name: 'GeometryError',
			reason: 'zero-area-polygon',
			location: { file: 'flat.geojson', feature: 'Strek' }
		});
	});

	it('refuses a coordinate that is not a number', async () => {
		const ring = [
			[E0, N0],
			[E0 + 1, null],
			[E0, N0 + 1],
			[E0, N0]
		];
		const error = await refuse(
			geoJsonFile([feature({ name: 'Hull i data' }, polygon(ring as Position[]))], EPSG(25832)),
			'n.geojson'
		);
		expect(error).toMatchObject({
			reason: 'invalid-geometry',
			detail: 'coordinate (580001, null) is not a number'
		});
	});

	it('refuses a file with no features', async () => {
		const error = await refuse(geoJsonFile([]), 'tom.geojson');
		expect(error).toMatchObject({ reason: 'empty-file', detail: 'the file holds no zones' });
	});

	it('refuses an empty file and one over the size limit', async () => {
		const errors = await Promise.all([
			refuse(new Uint8Array(), 'tom.geojson'),
			readZonesFile(geoJsonFile([square('a')]), 'stor.geojson', { maxBytes: 100 }).catch(
				(e: unknown) => e
			)
		]);
		expect(errors).toMatchObject([{ reason: 'empty-file' }, { reason: 'file-too-large' }]);
		expect(MAX_ZONE_FILE_BYTES).toBe(50 * 1024 * 1024);
	});

	it('refuses a file that is neither GeoJSON nor GeoPackage', async () => {
		const error = await refuse(new TextEncoder().encode('.HODE\n..TEGNSETT UTF-8'), 'plan.sos');
		expect(error).toMatchObject({
			reason: 'unsupported-file-type',
			location: { file: 'plan.sos' }
		});
	});
});
