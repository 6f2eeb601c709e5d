import { describe, expect, it } from 'vitest';
import { CrsError } from '../../errors';
import { koordsysOfSrid, sridOfKoordsys } from './koordsys';

describe('sridOfKoordsys', () => {
	it.each([
		[1, 27391],
		[3, 27393],
		[8, 27398],
		[22, 25832],
		[23, 25833],
		[25, 25835],
		[32, 23032],
		[33, 23033],
		[205, 5105],
		[210, 5110],
		[215, 5115],
		[230, 5130],
		[84, 4326]
	])('maps KOORDSYS %i to EPSG:%i', (koordsys, srid) => {
		expect(sridOfKoordsys(koordsys)).toBe(srid);
	});

	it('explains that 103 is the local grid of Asker', () => {
		expect(() => sridOfKoordsys(103)).toThrow(
			expect.objectContaining({
				constructor: CrsError,
				reason: 'unknown-crs',
				detail: expect.stringMatching(/local grid of Asker/)
			})
		);
	});

	it('names the EUREF89 UTM zone crs.ts cannot project', () => {
		expect(() => sridOfKoordsys(21)).toThrow(/UTM zone 29–36, EPSG:25831/);
	});

	it('rejects ED50 zones crs.ts lacks', () => {
		expect(() => sridOfKoordsys(31)).toThrow(CrsError);
	});

	it('rejects a code outside every table', () => {
		expect(() => sridOfKoordsys(999)).toThrow(/not a known SOSI system/);
	});
});

describe('koordsysOfSrid', () => {
	it.each([
		[25832, 22],
		[25833, 23],
		[25835, 25],
		[5115, 215],
		[27393, 3],
		[23032, 32],
		[4326, 84]
	])('maps EPSG:%i to KOORDSYS %i', (srid, koordsys) => {
		expect(koordsysOfSrid(srid)).toBe(koordsys);
	});

	it('rejects Web Mercator, which SOSI has no code for', () => {
		expect(() => koordsysOfSrid(3857)).toThrow(CrsError);
	});
});
