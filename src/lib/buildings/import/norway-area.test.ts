import { describe, expect, it } from 'vitest';
import { distanceToAskerSquared, isInNorway, isNearAsker } from './norway-area';

describe('isInNorway', () => {
	it.each([
		['Asker', 10.435, 59.833],
		['Bergen', 5.32, 60.39],
		['Trondheim', 10.39, 63.43],
		['Tromsø', 18.96, 69.65],
		['Kirkenes', 30.05, 69.73],
		['Nordkapp', 25.78, 71.17],
		['Lindesnes', 7.05, 57.98],
		['Halden', 11.39, 59.12],
		['Kongsvinger', 12.0, 60.19],
		['Narvik', 17.43, 68.44],
		['Røst', 12.1, 67.5]
	])('places %s inside', (_name, lon, lat) => {
		expect(isInNorway(lon, lat)).toBe(true);
	});

	it.each([
		['Stockholm', 18.07, 59.33],
		['Karlstad', 13.5, 59.38],
		['Strömstad', 11.17, 58.94],
		['Charlottenberg', 12.29, 59.88],
		['Göteborg', 11.97, 57.7],
		['Skagen', 10.6, 57.72],
		['Helsinki', 24.94, 60.17],
		['Utsjoki', 27.03, 69.91],
		['Murmansk', 33.08, 68.97],
		['Shetland', -1.2, 60.4],
		['the Gulf of Guinea', 0, 0]
	])('places %s outside', (_name, lon, lat) => {
		expect(isInNorway(lon, lat)).toBe(false);
	});
});

describe('isNearAsker', () => {
	it.each([
		['Asker sentrum', 10.435, 59.833, true],
		['Tofte (Hurum)', 10.56, 59.54, true],
		['Oslo sentrum', 10.75, 59.91, false],
		['Drammen', 10.2, 59.74, false]
	])('%s → %s', (_name, lon, lat, expected) => {
		expect(isNearAsker(lon, lat)).toBe(expected);
	});
});

describe('distanceToAskerSquared', () => {
	it('ranks Asker before Oslo before Trondheim', () => {
		const d = [
			distanceToAskerSquared(10.435, 59.833),
			distanceToAskerSquared(10.75, 59.91),
			distanceToAskerSquared(10.39, 63.43)
		];
		expect(d[0]! < d[1]! && d[1]! < d[2]!).toBe(true);
	});
});
