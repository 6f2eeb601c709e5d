import { describe, expect, it } from 'vitest';
import { Clipper } from 'clipper2-ts';
import { holesOf, naturalDefects } from './natural-defects';
import { square } from './test-shapes.fixture';

// Three 1 km "municipalities": A and B overlap by 10 m; C sits below them, leaving a
// 20 m gap that A, B and C enclose.
const KM = 1_000_000;
const boundaries = () => ({
	'0220': [square(0, KM, KM)],
	'0627': [square(KM - 10_000, KM, KM)],
	'0628': [
		[
			{ x: 0, y: 0 },
			{ x: 2 * KM, y: 0 },
			{ x: 2 * KM, y: KM },
			{ x: 1_500_000, y: KM },
			{ x: 1_500_000, y: KM - 20_000 },
			{ x: 500_000, y: KM - 20_000 },
			{ x: 500_000, y: KM },
			{ x: 0, y: KM }
		]
	]
});

describe('naturalDefects', () => {
	it('reports the overlap of two polygons and the gap all three enclose', () => {
		const found = naturalDefects(boundaries(), 'N');
		expect(found.map((d) => [d.id, d.kind, d.municipalities, d.areaM2, d.natural])).toEqual([
			['N1', 'overlap', ['0220', '0627'], 10_000, true],
			['N2', 'gap', ['0220', '0627', '0628'], 20_000, true]
		]);
	});

	it('expects a merge to resolve the overlap and leave the gap unresolved', () => {
		expect(naturalDefects(boundaries(), 'N').map((d) => d.expected?.rule)).toEqual([
			'overlap-to-longest-border',
			'gap-unresolved'
		]);
	});
});

describe('holesOf', () => {
	it('finds a hole that touches the outer ring at one vertex', () => {
		// A square whose ring runs clockwise round a triangle hanging from one vertex of its top edge.
		const pinched = [
			{ x: 0, y: 0 },
			{ x: 100, y: 0 },
			{ x: 100, y: 100 },
			{ x: 50, y: 100 },
			{ x: 60, y: 60 },
			{ x: 40, y: 60 },
			{ x: 50, y: 100 },
			{ x: 0, y: 100 }
		];
		const [hole] = holesOf([pinched]);
		expect([
			hole?.length,
			hole && Clipper.isPositive(hole),
			hole && Math.abs(Clipper.area(hole))
		]).toEqual([3, true, 400]);
	});

	it('finds a plain hole', () => {
		expect(holesOf([square(0, 0, 100), [...square(10, 10, 10)].reverse()])).toHaveLength(1);
	});
});
