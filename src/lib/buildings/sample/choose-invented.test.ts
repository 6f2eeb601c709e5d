import { describe, expect, it } from 'vitest';
import type { AnchorPool, LocatedSite } from './choose-invented';
import { chooseAnchor, createNamer, nearAnchor, nearestPlaceName } from './choose-invented';
import type { Variant } from './distributions';
import { createRandom } from './prng';

const makeSite = (name: string, variant: Variant, x: number): LocatedSite => ({
	site: {
		kind: 'school',
		buildingNumber: `92000000${x}`,
		name,
		address: null,
		variant,
		position: [10.4, 59.8],
		statedMunicipality: '0220',
		placeName: name,
		source: 'test'
	},
	municipality: '0220',
	at: [x * 1000, 0]
});

const makePool = (): AnchorPool => {
	const schools = [
		makeSite('Bondi', 'primary_school', 1),
		makeSite('Risenga', 'lower_secondary_school', 2),
		makeSite('Vettre', 'primary_school', 3)
	];
	return { local: schools, schools, usedForNursing: new Set() };
};

describe('chooseAnchor', () => {
	it('puts sports halls beside lower-secondary schools first, then the others in turn', () => {
		const pool = makePool();
		const names = [1, 2, 3, 4].map(
			(seq) => chooseAnchor('sport', seq, createRandom(`s${seq}`), pool).site.name
		);
		expect(names).toEqual(['Risenga', 'Bondi', 'Vettre', 'Risenga']);
	});

	it('gives each school at most one nursing home while any is free', () => {
		const pool = makePool();
		const names = [1, 2, 3].map(
			(seq) => chooseAnchor('nursing_home', seq, createRandom(`n${seq}`), pool).site.name
		);
		expect(new Set(names).size).toBe(3);
	});

	it('refuses a municipality without real buildings', () => {
		const empty: AnchorPool = { local: [], schools: [], usedForNursing: new Set() };
		expect(() => chooseAnchor('housing', 1, createRandom('x'), empty)).toThrow(RangeError);
	});
});

describe('nearAnchor', () => {
	it('returns a point at a distance within the range', () => {
		const [x, y] = nearAnchor([0, 0], [100, 200], createRandom('a'), () => true);
		expect(Math.hypot(x!, y!)).toBeGreaterThanOrEqual(100);
		expect(Math.hypot(x!, y!)).toBeLessThan(200);
	});

	it('falls back to the anchor when no draw fits', () => {
		expect(nearAnchor([5, 6], [100, 200], createRandom('b'), () => false)).toEqual([5, 6]);
	});
});

describe('nearestPlaceName', () => {
	it('names after the nearest school', () => {
		expect(nearestPlaceName(2400, 0, makePool().schools)).toBe('Risenga');
	});
});

describe('createNamer', () => {
	it('numbers repeated names from 2', () => {
		const name = createNamer();
		expect(['A', 'B', 'A', 'A'].map(name)).toEqual(['A', 'B', 'A 2', 'A 3']);
	});
});
