import { describe, expect, it } from 'vitest';
import { ParseError } from '../errors';
import {
	minFeatureSize,
	parseTileAddress,
	simplifyTolerance,
	tileContaining
} from './tile-address';

describe('parseTileAddress', () => {
	it('reads z/x/y and strips a .mvt or .pbf extension', () => {
		expect(parseTileAddress('14', '8716', '4766.mvt')).toEqual({ z: 14, x: 8716, y: 4766 });
		expect(parseTileAddress('0', '0', '0.pbf')).toEqual({ z: 0, x: 0, y: 0 });
	});

	it('accepts the last tile of a zoom level', () => {
		expect(parseTileAddress('3', '7', '7')).toEqual({ z: 3, x: 7, y: 7 });
	});

	it.each([
		['3', '8', '0'],
		['3', '0', '8'],
		['23', '0', '0'],
		['-1', '0', '0'],
		['2', '1.5', '0'],
		['a', '0', '0'],
		['2', '0', ''],
		['2', '0', '1.png']
	])('rejects %s/%s/%s', (z, x, y) => {
		expect(() => parseTileAddress(z, x, y)).toThrow(ParseError);
	});
});

describe('simplifyTolerance', () => {
	it('halves with every zoom level', () => {
		expect(simplifyTolerance(13) / simplifyTolerance(14)).toBeCloseTo(2, 12);
	});

	it('is a quarter of a tile unit in Web Mercator: about 0.149 at z14', () => {
		expect(simplifyTolerance(14)).toBeCloseTo(0.1493, 4);
	});
});

describe('tileContaining', () => {
	it('finds the z10 tile over Røyken (worked by hand: x = 541.67, y = 298.94)', () => {
		expect(tileContaining(10.43, 59.75, 10)).toEqual({ z: 10, x: 541, y: 298 });
	});

	it('is the single tile at z0', () => {
		expect(tileContaining(-170, -80, 0)).toEqual({ z: 0, x: 0, y: 0 });
	});
});

describe('minFeatureSize', () => {
	it('is one 256-px screen pixel in Web Mercator: about 9.55 at z14 and 153 at z10', () => {
		expect(minFeatureSize(14)).toBeCloseTo(9.55, 2);
		expect(minFeatureSize(10)).toBeCloseTo(152.9, 1);
	});
});
