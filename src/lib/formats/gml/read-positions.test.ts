import { describe, expect, it } from 'vitest';
import { readPos, readPosList } from './read-positions';

describe('readPosList', () => {
	it('pairs ordinates in 2D', () => {
		expect(readPosList(' 0 0\n10 0  10 10 ', 2)).toEqual([
			[0, 0],
			[10, 0],
			[10, 10]
		]);
	});

	it('drops heights in 3D', () => {
		expect(readPosList('1 2 99 3 4 98', 3)).toEqual([
			[1, 2],
			[3, 4]
		]);
	});

	it('refuses an odd count, naming the location', () => {
		expect(() => readPosList('1 2 3', 2, { line: 4, feature: 'f1' })).toThrow(
			expect.objectContaining({ reason: 'malformed-gml', location: { line: 4, feature: 'f1' } })
		);
	});

	it('refuses a token that is not a number', () => {
		expect(() => readPosList('1 2 x 4', 2)).toThrow(/"x"/);
	});
});

describe('readPos', () => {
	it('keeps easting and northing of a 3D position', () => {
		expect(readPos('580000 6633000 12.5')).toEqual([580000, 6633000]);
	});

	it('refuses a single number', () => {
		expect(() => readPos('580000')).toThrow(/pos has 1 numbers/);
	});
});
