import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { detectCoordinates, projectToCanonical } from './detect-coordinates';

/*
 * Reference points from src/lib/geometry/fixtures/crs-vectors.json (PROJ's cs2cs, not
 * proj4): Asker (10.43, 59.83) in UTM32, Oslo (10.75, 59.91) in UTM33, Tromsø (18.95,
 * 69.65) in UTM33, and (10.7, 61.2) in NTM zone 10.
 */
const ASKER_UTM32: [number, number] = [580166.8281, 6633343.8836];
const OSLO_UTM33: [number, number] = [262409.7321, 6649017.7489];
const TROMSO_UTM33: [number, number] = [653210.0895, 7731796.8303];
const NTM10: [number, number] = [110753.3787, 1356513.4766];

function detected(first: number, second: number, srid?: number) {
	const result = detectCoordinates(first, second, srid);
	if (!result.ok) throw new Error(`expected a reading, got ${result.code}`);
	return result;
}

function expectClose(actual: readonly number[], expected: readonly number[], digits: number) {
	expect(actual[0]).toBeCloseTo(expected[0] as number, digits);
	expect(actual[1]).toBeCloseTo(expected[1] as number, digits);
}

describe('detectCoordinates', () => {
	it('reads longitude/latitude as WGS 84 and moves it to UTM32', () => {
		const result = detected(10.43, 59.83);
		expect(result.reading).toMatchObject({
			srid: 4326,
			swapped: false,
			note: 'tolket som WGS 84 (lengdegrad/breddegrad)'
		});
		expectClose(result.position.coordinates, ASKER_UTM32, 2);
	});

	it('notices latitude/longitude swapped', () => {
		const result = detected(59.83, 10.43);
		expect([result.reading.srid, result.reading.swapped]).toEqual([4326, true]);
		expectClose(result.position.coordinates, ASKER_UTM32, 2);
	});

	it('reads UTM32 east/north and keeps the numbers', () => {
		const result = detected(...ASKER_UTM32);
		expect(result.reading.note).toBe('tolket som EUREF89 UTM32 (øst/nord)');
		expect(result.position.coordinates).toEqual(ASKER_UTM32);
		expectClose(result.reading.lonLat, [10.43, 59.83], 7);
	});

	it('reads the Norwegian X (north) / Y (east) order as swapped UTM32', () => {
		const result = detected(ASKER_UTM32[1], ASKER_UTM32[0]);
		expect(result.reading.note).toBe('tolket som EUREF89 UTM32 (nord/øst, byttet om)');
		expect(result.position.coordinates).toEqual(ASKER_UTM32);
	});

	it('tells UTM33 from UTM32 near Asker', () => {
		const result = detected(...OSLO_UTM33);
		expect(result.reading.srid).toBe(25833);
		expectClose(result.reading.lonLat, [10.75, 59.91], 7);
	});

	it('tells UTM33 from UTM32 in Tromsø', () => {
		const result = detected(...TROMSO_UTM33);
		expect(result.reading.srid).toBe(25833);
		expectClose(result.reading.lonLat, [18.95, 69.65], 7);
	});

	it('reads NTM zone 10', () => {
		const result = detected(...NTM10);
		expect(result.reading.note).toBe('tolket som EUREF89 NTM sone 10 (øst/nord)');
		expectClose(result.reading.lonLat, [10.7, 61.2], 7);
	});

	it('marks a point in Asker as near', () => {
		expect(detected(10.43, 59.83).nearAsker).toBe(true);
	});

	it('marks a point in Trondheim as far from Asker', () => {
		expect(detected(10.39, 63.43).nearAsker).toBe(false);
	});

	it('rejects a point in Sweden given in degrees', () => {
		expect(detectCoordinates(18.07, 59.33)).toEqual({
			ok: false,
			code: 'coordinates-outside-norway'
		});
	});

	it('rejects a point in Sweden given in UTM33 metres', () => {
		expect(detectCoordinates(674648, 6580825)).toEqual({
			ok: false,
			code: 'coordinates-outside-norway'
		});
	});

	it('rejects (0, 0)', () => {
		expect(detectCoordinates(0, 0)).toEqual({ ok: false, code: 'coordinates-outside-norway' });
	});

	it.each([
		[500, 300],
		[580166, 42],
		[Number.NaN, 59.83]
	])('does not recognise (%d, %d)', (first, second) => {
		expect(detectCoordinates(first, second)).toEqual({
			ok: false,
			code: 'coordinates-unrecognised'
		});
	});

	it('reads a declared CRS without guessing', () => {
		const result = detected(...ASKER_UTM32, 25832);
		expect(result.reading.note).toBe('oppgitt som EUREF89 UTM32 (øst/nord)');
	});

	it('rejects a declared CRS that puts the point outside Norway', () => {
		expect(detectCoordinates(...ASKER_UTM32, 25833)).toEqual({
			ok: false,
			code: 'coordinates-outside-norway'
		});
	});
});

describe('projectToCanonical', () => {
	it('swaps latitude/longitude positions before reprojecting', () => {
		const square: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[59.83, 10.43],
					[59.83, 10.44],
					[59.84, 10.44],
					[59.83, 10.43]
				]
			]
		};
		const projected = projectToCanonical(square, 4326, true);
		expectClose(projected.coordinates[0]?.[0] as number[], ASKER_UTM32, 2);
	});

	it('leaves its input unchanged', () => {
		const point = { type: 'Point' as const, coordinates: [59.83, 10.43] };
		projectToCanonical(point, 4326, true);
		expect(point.coordinates).toEqual([59.83, 10.43]);
	});
});
