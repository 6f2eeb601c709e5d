import { describe, expect, it } from 'vitest';
import { createRandom } from '../../buildings/sample/prng';
import { areaOf } from './area-ops';
import { dissolveNeighbours, joinGroup, neighbourLists } from './dissolve-neighbours';
import { square } from './test-shapes.fixture';
import type { DraftArea } from './types';

// A row of four 100 m cells.
const row = (codes: string[], tags: string[][] = []): DraftArea[] =>
	codes.map((code, i) => ({
		area: [square(i * 100_000, 0, 100_000)],
		code,
		status: 1,
		tags: tags[i] ?? []
	}));

describe('neighbourLists', () => {
	it('links cells that share an edge', () => {
		expect(neighbourLists(row(['5100', '5100', '5100', '5100']))).toEqual([
			[1],
			[0, 2],
			[1, 3],
			[2]
		]);
	});
});

describe('dissolveNeighbours', () => {
	it('joins neighbours of the same code into one area of the same total size', () => {
		const out = dissolveNeighbours(
			row(['5100', '5100', '5100', '5100']),
			1,
			createRandom('test:all')
		);
		expect([out.length < 4, out.reduce((s, a) => s + areaOf(a.area), 0)]).toEqual([true, 40_000]);
	});

	it('never joins cells of different codes', () => {
		const out = dissolveNeighbours(
			row(['5100', '1110', '5100', '1110']),
			1,
			createRandom('test:mixed')
		);
		expect(out.length).toBe(4);
	});

	it('leaves tagged cells alone', () => {
		const out = dissolveNeighbours(
			row(['5100', '5100', '5100', '5100'], [[], ['D1']]),
			1,
			createRandom('test:tag')
		);
		expect(out.filter((a) => a.tags.includes('D1')).map((a) => areaOf(a.area))).toEqual([10_000]);
	});

	it('joins nothing when the share is 0', () => {
		expect(dissolveNeighbours(row(['5100', '5100']), 0, createRandom('test:none')).length).toBe(2);
	});
});

describe('joinGroup', () => {
	const cell = (col: number, row: number): DraftArea => ({
		area: [square(col * 100, row * 100, 100)],
		code: '5100',
		status: 1,
		tags: []
	});

	it('keeps cells apart when their union would touch itself at a vertex', () => {
		// Seven of nine cells in a 3 × 3 grid enclose the middle one, which then touches the
		// missing corner cell at a single point.
		const group = [
			cell(0, 0),
			cell(1, 0),
			cell(2, 0),
			cell(2, 1),
			cell(2, 2),
			cell(1, 2),
			cell(0, 1)
		];
		expect(joinGroup(group)).toHaveLength(7);
	});

	it('joins an L of three cells into one area', () => {
		const [joined] = joinGroup([cell(0, 0), cell(1, 0), cell(1, 1)]);
		expect([joined?.area.length, areaOf(joined!.area)]).toEqual([1, 0.03]);
	});
});
