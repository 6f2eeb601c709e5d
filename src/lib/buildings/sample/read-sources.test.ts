import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { placeNameOf, readKindergartens, readLibraries, readSchools } from './read-sources';

const point = (properties: Record<string, unknown>, lon = 10.44, lat = 59.79) => ({
	type: 'Feature' as const,
	properties,
	geometry: { type: 'Point' as const, coordinates: [lon, lat] }
});
const collection = (...features: ReturnType<typeof point>[]): FeatureCollection => ({
	type: 'FeatureCollection',
	features
});
const school = (name: string, type: string, source = 'Nominatim geocoding') =>
	point({ name, school_type_from_source: [type], kommunenummer_2019_derived: '0220', source });

describe('readSchools', () => {
	it('writes title-cased generic words in lower case and keeps the place name', () => {
		const [site] = readSchools(
			collection(school('Brusetkollen Skole Og Ressurssenter', 'barneskole'))
		);
		expect([site!.name, site!.placeName]).toEqual([
			'Brusetkollen skole og ressurssenter',
			'Brusetkollen'
		]);
	});

	it('maps the school type to a variant, private and special schools to small_school', () => {
		const sites = readSchools(
			collection(
				school('Heggedal Skole', 'barneskole'),
				school('Risenga Ungdomsskole', 'ungdomsskole'),
				school('Asker videregående skole', 'videregående', 'hand-placed'),
				school('Steinerskolen I Asker Skole', 'ungdomsskole')
			)
		);
		expect(sites.map((s) => s.variant)).toEqual([
			'primary_school',
			'lower_secondary_school',
			'upper_secondary_school',
			'small_school'
		]);
	});

	it('names places only after municipal primary and lower-secondary schools', () => {
		const sites = readSchools(
			collection(
				school('Vollen Ungdomsskole', 'ungdomsskole'),
				school('Bleiker videregående skole', 'videregående', 'hand-placed'),
				school('Stiftelsen Vollen Montessoriskole', 'barneskole')
			)
		);
		expect(sites.map((s) => s.placeName)).toEqual(['Vollen', null, null]);
	});

	it('replaces a map-marker id with the school name', () => {
		const [site] = readSchools(
			collection(school('Nesbru videregående skole (vgsNesbru)', 'videregående'))
		);
		expect(site!.name).toBe('Nesbru videregående skole');
	});

	it('credits OpenStreetMap only for geocoded positions', () => {
		const [geocoded, placed] = readSchools(
			collection(school('A Skole', 'barneskole'), school('B Skole', 'barneskole', 'vikenkart.js'))
		);
		expect(geocoded!.source).toContain('OpenStreetMap');
		expect(placed!.source).not.toContain('OpenStreetMap');
	});

	it('rejects a feature that is not a point', () => {
		const bad: FeatureCollection = {
			type: 'FeatureCollection',
			features: [{ type: 'Feature', properties: { name: 'X' }, geometry: null as never }]
		};
		expect(() => readSchools(bad)).toThrow(/not a Point/);
	});
});

describe('readKindergartens', () => {
	it('keeps NSR id, capacity, address and operator, and uses the open variant without capacity', () => {
		const sites = readKindergartens(
			collection(
				point({
					nsrid: '1012686',
					name: 'Slemmestad barnehage',
					kommunenummer_2019: '0627',
					capacity: 66,
					operator: 'Røyken kommune',
					operator_type: 'public',
					address: 'Boligveien 22 3470 SLEMMESTAD'
				}),
				point({ nsrid: '1016589', name: 'Åpen barnehage Midtbygda', capacity: null })
			)
		);
		expect(
			sites.map((s) => [s.buildingNumber, s.capacity, s.variant, s.statedMunicipality])
		).toEqual([
			['911012686', 66, 'kindergarten', '0627'],
			['911016589', null, 'open_kindergarten', null]
		]);
		expect(sites[0]!.address).toBe('Boligveien 22 3470 SLEMMESTAD');
		expect(sites[0]!.source).toContain('driver: Røyken kommune (kommunal)');
	});
});

describe('readLibraries', () => {
	it('reads a library as culture with the library variant', () => {
		const [site] = readLibraries(
			collection(point({ name: 'Hurum bibliotek', kommunenummer_2019: '0628' }))
		);
		expect([site!.variant, site!.statedMunicipality, site!.buildingNumber.slice(0, 2)]).toEqual([
			'library',
			'0628',
			'93'
		]);
	});
});

describe('placeNameOf', () => {
	it.each([
		['Heggedal skole', 'Heggedal'],
		['Mellom-Nes skole', 'Mellom-Nes'],
		['Slemmestad barneskole', 'Slemmestad'],
		['Holmen skole grunnskole/videregående skole', 'Holmen'],
		['Bondi', 'Bondi']
	])('%s → %s', (name, place) => {
		expect(placeNameOf(name)).toBe(place);
	});
});
