import { describe, expect, it } from 'vitest';
import { locateRow } from './locate-row';

const ASKER_UTM32: [number, number] = [580166.8281, 6633343.8836];

describe('locateRow', () => {
	it('reads a coordinate pair written with decimal commas', () => {
		const location = locateRow({ x: '10,43', y: '59,83' });
		expect(location.problems).toEqual([]);
		expect(location.geometry?.type).toBe('Point');
		expect(location.reading?.srid).toBe(4326);
	});

	it('reads degrees with three decimals after a dot', () => {
		expect(locateRow({ x: '10.435', y: '59.833' }).reading?.lonLat).toEqual([10.435, 59.833]);
	});

	it('reads a geometry cell in preference to the pair', () => {
		const location = locateRow({
			x: '1',
			y: '2',
			geometry: `SRID=25832;POINT(${ASKER_UTM32.join(' ')})`
		});
		expect(location.geometry).toEqual({ type: 'Point', coordinates: ASKER_UTM32 });
	});

	it('reprojects a polygon in degrees to UTM32', () => {
		const ring = '10.43 59.83, 10.44 59.83, 10.44 59.84, 10.43 59.83';
		const location = locateRow({ geometry: `POLYGON((${ring}))` });
		const first =
			location.geometry?.type === 'Polygon' ? location.geometry.coordinates[0]?.[0] : [];
		expect(first?.[0]).toBeCloseTo(ASKER_UTM32[0], 2);
	});

	it('says nothing when the file has no position columns', () => {
		expect(locateRow({})).toEqual({ geometry: null, problems: [] });
	});

	it('warns when mapped position cells are empty', () => {
		expect(locateRow({ x: null, y: '' }).problems).toEqual([
			{ field: 'x', code: 'position-missing', value: null }
		]);
	});

	it('reports a half-filled pair on the empty side', () => {
		expect(locateRow({ x: '10.43', y: null }).problems).toEqual([
			{ field: 'y', code: 'coordinates-incomplete', value: '10.43; ' }
		]);
	});

	it('reports text in a coordinate column', () => {
		expect(locateRow({ x: '10.43', y: 'nord' }).problems).toEqual([
			{ field: 'y', code: 'not-a-number', value: 'nord' }
		]);
	});

	it('reports a point in Sweden as an error', () => {
		expect(locateRow({ x: 18.07, y: 59.33 }).problems).toEqual([
			{ field: 'x', code: 'coordinates-outside-norway', value: '18.07; 59.33' }
		]);
	});

	it('warns about a point far from Asker and still places it', () => {
		const location = locateRow({ x: 10.39, y: 63.43 });
		expect([location.geometry?.type, location.problems.map((p) => p.code)]).toEqual([
			'Point',
			['coordinates-far-from-asker']
		]);
	});

	it('reports a broken geometry cell', () => {
		expect(locateRow({ geometry: 'POINT(1' }).problems).toEqual([
			{ field: 'geometry', code: 'invalid-geometry', value: 'POINT(1' }
		]);
	});
});
