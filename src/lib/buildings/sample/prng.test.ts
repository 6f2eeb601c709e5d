import { describe, expect, it } from 'vitest';
import { createRandom, hashString, mulberry32 } from './prng';

describe('hashString', () => {
	it('is FNV-1a 32-bit (reference value for "a" is 0xe40c292c)', () => {
		expect(hashString('a')).toBe(0xe40c292c);
	});

	it('gives the offset basis for the empty string', () => {
		expect(hashString('')).toBe(0x811c9dc5);
	});
});

describe('mulberry32', () => {
	it('matches the reference implementation for seed 1', () => {
		const next = mulberry32(1);
		expect([next(), next(), next()]).toEqual([
			0.6270739405881613, 0.002735721180215478, 0.5274470399599522
		]);
	});

	it('repeats the same sequence for the same seed', () => {
		const a = mulberry32(42);
		const b = mulberry32(42);
		const first = Array.from({ length: 100 }, () => a());
		expect(Array.from({ length: 100 }, () => b())).toEqual(first);
	});

	it('stays in [0, 1)', () => {
		const next = mulberry32(7);
		const values = Array.from({ length: 10_000 }, () => next());
		expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
	});
});

describe('createRandom', () => {
	it('gives the same draws for the same key and different draws for another key', () => {
		const draw = (key: string) => {
			const r = createRandom(key);
			return [r.next(), r.uniform(10, 20), r.int(1, 6), r.chance(0.5)];
		};
		expect(draw('950100001:attributes')).toEqual(draw('950100001:attributes'));
		expect(draw('950100001:attributes')).not.toEqual(draw('950100002:attributes'));
	});

	it('draws integers in the closed range, reaching both ends', () => {
		const r = createRandom('int');
		const values = new Set(Array.from({ length: 2000 }, () => r.int(1, 4)));
		expect([...values].sort()).toEqual([1, 2, 3, 4]);
	});

	it('never picks an index whose weight is zero', () => {
		const r = createRandom('weighted');
		const picks = Array.from({ length: 2000 }, () => r.weighted([0, 1, 0, 3]));
		expect(picks.every((i) => i === 1 || i === 3)).toBe(true);
	});

	it('refuses to pick from an empty list', () => {
		expect(() => createRandom('x').pick([])).toThrow(RangeError);
	});
});
