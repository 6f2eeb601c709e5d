import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { assumeCrs } from '../../geometry/types';
import { subtractAreas } from './area-ops';
import { toArea, toGeometry, toPolygons } from './geometry-paths';
import { ORIGIN_E, ORIGIN_N } from './local-frame';
import { square } from './test-shapes.fixture';

const signedArea = (ring: Position[]) =>
	ring.slice(0, -1).reduce((s, [x1 = 0, y1 = 0], i) => {
		const [x2 = 0, y2 = 0] = ring[i + 1] as Position;
		return s + (x1 * y2 - x2 * y1);
	}, 0) / 2;

describe('toArea', () => {
	it('reads a clockwise ring as the same area as a counter-clockwise one', () => {
		const cw: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[ORIGIN_E, ORIGIN_N],
					[ORIGIN_E, ORIGIN_N + 10],
					[ORIGIN_E + 10, ORIGIN_N + 10],
					[ORIGIN_E + 10, ORIGIN_N],
					[ORIGIN_E, ORIGIN_N]
				]
			]
		};
		const [path] = toArea(assumeCrs(cw, 25832));
		expect(path?.length).toBe(4);
	});
});

describe('toPolygons', () => {
	it('writes closed rings, outer counter-clockwise and holes clockwise', () => {
		const holed = subtractAreas([square(0, 0, 100_000)], [square(25_000, 25_000, 50_000)]);
		const [polygon] = toPolygons(holed);
		const [outer = [], hole = []] = polygon?.coordinates ?? [];
		expect([
			outer[0],
			signedArea(outer) > 0,
			signedArea(hole) < 0,
			outer.length,
			hole.length
		]).toEqual([outer[outer.length - 1], true, true, 5, 5]);
	});
});

describe('toGeometry', () => {
	it('is a Polygon for one part', () => {
		expect(toGeometry([square(0, 0, 1000)]).type).toBe('Polygon');
	});

	it('is a MultiPolygon for two parts', () => {
		expect(toGeometry([square(0, 0, 1000), square(5000, 0, 1000)]).type).toBe('MultiPolygon');
	});
});
