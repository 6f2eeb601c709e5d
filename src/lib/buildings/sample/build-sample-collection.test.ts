import { booleanIntersects, booleanWithin } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { toUtm32 } from '../../geometry/reproject';
import { assumeCrs } from '../../geometry/types';
import type { SampleInputs } from './build-sample-collection';
import { buildSampleCollection } from './build-sample-collection';
import { formatCollection } from './format-collection';

const box = (w: number, s: number, e: number, n: number): Polygon => ({
	type: 'Polygon',
	coordinates: [
		[
			[w, s],
			[e, s],
			[e, n],
			[w, n],
			[w, s]
		]
	]
});
const municipality = (kommunenummer: string, polygon: Polygon): Feature => ({
	type: 'Feature',
	properties: { kommunenummer },
	geometry: polygon
});
const point = (properties: Record<string, unknown>, lon: number, lat: number): Feature => ({
	type: 'Feature',
	properties,
	geometry: { type: 'Point', coordinates: [lon, lat] }
});
const fc = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const school = (name: string, type: string, code: string, lon: number, lat: number) =>
	point(
		{
			name,
			school_type_from_source: [type],
			kommunenummer_2019_derived: code,
			source: 'Nominatim'
		},
		lon,
		lat
	);

/** Three box municipalities; the Hurum school lies ~500 m outside all of them. */
function makeInputs(): SampleInputs {
	return {
		municipalities: fc(
			municipality('0220', box(10.4, 59.8, 10.5, 59.86)),
			municipality('0627', box(10.4, 59.72, 10.5, 59.8)),
			municipality('0628', box(10.45, 59.55, 10.55, 59.65)),
			municipality('0219', box(10.5, 59.8, 10.6, 59.86))
		),
		land: null,
		schools: fc(
			school('Heggedal Skole', 'barneskole', '0220', 10.445, 59.83),
			school('Risenga Ungdomsskole', 'ungdomsskole', '0220', 10.446, 59.8302),
			school('Hyggen Skole', 'barneskole', '0627', 10.44, 59.76),
			school('Tofte Skole', 'barneskole', '0628', 10.5, 59.6545)
		),
		kindergartens: fc(
			point(
				{ nsrid: '1000001', name: 'A barnehage', capacity: 50, kommunenummer_2019: '0220' },
				10.4452,
				59.8301
			),
			point(
				{ nsrid: '1000002', name: 'B barnehage', capacity: null, kommunenummer_2019: '0627' },
				10.441,
				59.761
			)
		),
		libraries: fc(point({ name: 'Hurum bibliotek', kommunenummer_2019: '0628' }, 10.5, 59.6)),
		counts: {
			'0220': { nursing_home: 1, sport: 2, housing: 3, administration: 2 },
			'0627': { housing: 2 },
			'0628': { technical: 1 }
		},
		townHalls: [
			{
				municipality: '0220',
				name: 'Asker rådhus',
				btaRange: [8000, 12000],
				position: { kind: 'cluster', names: ['Heggedal skole', 'Risenga ungdomsskole'] }
			}
		]
	};
}

const utm = (p: Polygon) => toUtm32(assumeCrs(p, 4326));

describe('buildSampleCollection', () => {
	it('makes the same bytes from the same inputs', () => {
		expect(formatCollection(buildSampleCollection(makeInputs()).collection)).toBe(
			formatCollection(buildSampleCollection(makeInputs()).collection)
		);
	});

	it('makes the real, town-hall and invented buildings asked for, sorted by number', () => {
		const { collection, report } = buildSampleCollection(makeInputs());
		const numbers = collection.features.map((f) => f.properties.buildingNumber);
		// 7 real, 1 town hall, 7 + 2 + 1 invented (administration 2 includes the town hall).
		expect(numbers.length).toBe(7 + 1 + 10);
		expect([...numbers].sort()).toEqual(numbers);
		expect(new Set(numbers).size).toBe(numbers.length);
		expect(report.counts['0220']).toMatchObject({
			school: 2,
			kindergarten: 1,
			sport: 2,
			housing: 3
		});
		expect(report.counts['0220'].administration).toBe(2);
	});

	it('assigns a point outside all polygons to the nearest one and reports it', () => {
		const { collection, report } = buildSampleCollection(makeInputs());
		expect(report.assignedToNearest.map((r) => [r.name, r.municipality])).toEqual([
			['Tofte skole', '0628']
		]);
		expect(report.assignedToNearest[0]!.distance).toBeGreaterThan(450);
		const tofte = collection.features.find((f) => f.properties.name === 'Tofte skole')!;
		expect(tofte.properties.municipality).toBe('0628');
	});

	it('keeps every footprint inside its own municipality (checked with Turf in EPSG:25832)', () => {
		const inputs = makeInputs();
		const { collection, report } = buildSampleCollection(inputs);
		const area = (code: string) =>
			utm(
				inputs.municipalities.features.find((f) => f.properties!.kommunenummer === code)!
					.geometry as Polygon
			);
		for (const f of collection.features) {
			expect(booleanWithin(utm(f.geometry as Polygon), area(f.properties.municipality))).toBe(true);
		}
		expect(report.outsideRules).toEqual([]);
	});

	it('leaves no two footprints overlapping, even for buildings given the same point', () => {
		const polygons = buildSampleCollection(makeInputs()).collection.features.map((f) =>
			utm(f.geometry as Polygon)
		);
		let overlaps = 0;
		for (let i = 0; i < polygons.length; i++) {
			for (let j = i + 1; j < polygons.length; j++) {
				if (booleanIntersects(polygons[i]!, polygons[j]!)) overlaps++;
			}
		}
		expect(overlaps).toBe(0);
	});

	it('names invented buildings "Eksempel …" after the nearest municipal school', () => {
		const features = buildSampleCollection(makeInputs()).collection.features;
		const invented = features.filter((f) => f.properties.source.startsWith('Oppdiktet'));
		expect(invented.length).toBe(10);
		expect(
			invented.every((f) =>
				/^Eksempel .+ (Heggedal|Risenga|Hyggen|Tofte)( \d+)?$/.test(f.properties.name)
			)
		).toBe(true);
		expect(features.filter((f) => f.properties.name === 'Asker rådhus').length).toBe(1);
	});

	it('rounds coordinates to 7 decimals and writes counter-clockwise rings', () => {
		const features = buildSampleCollection(makeInputs()).collection.features;
		const ring = (features[0]!.geometry as Polygon).coordinates[0]!;
		expect(ring.flat().every((v) => Math.round(v * 1e7) / 1e7 === v)).toBe(true);
		let twice = 0;
		for (let i = 0; i < ring.length - 1; i++) {
			twice += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
		}
		expect(twice).toBeGreaterThan(0);
	});
});
