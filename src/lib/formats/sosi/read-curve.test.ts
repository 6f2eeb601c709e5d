import { describe, expect, it } from 'vitest';
import { ParseError } from '../../errors';
import { readCurve } from './read-curve';
import type { SosiGroup } from './read-groups';

const identity = (n: number, e: number) => [e, n];
/** Flat [E, N, …] back to positions, for readable expectations. */
const pairs = (flat: Float64Array) =>
	Array.from({ length: flat.length / 2 }, (_, k) => [flat[2 * k], flat[2 * k + 1]] as number[]);

function group(
	type: string,
	coordinates: number[],
	attributes: [string, string][] = []
): SosiGroup {
	return {
		type,
		serial: 1,
		line: 1,
		coordinates,
		ref: null,
		attributes: attributes.map(([path, text]) => ({
			path,
			line: 2,
			tokens: [{ kind: 'value', text, quoted: false }]
		}))
	};
}

describe('readCurve', () => {
	it('returns a KURVE as [E, N] points', () => {
		const curve = readCurve(group('KURVE', [1, 2, 3, 4]), identity, {});
		expect(curve.arc).toBeNull();
		expect(pairs(curve.points)).toEqual([
			[2, 1],
			[4, 3]
		]);
	});

	it('densifies a BUEP through its first, middle and last point', () => {
		const curve = readCurve(group('BUEP', [0, 10, 10, 0, 0, -10]), identity, {});
		const points = pairs(curve.points);
		expect(curve.arc).toBe('densified');
		expect(points[0]).toEqual([10, 0]);
		expect(points[points.length - 1]).toEqual([-10, 0]);
	});

	it('draws a collinear BUEP as a straight line', () => {
		const curve = readCurve(group('BUEP', [0, 0, 0, 5, 0, 10]), identity, {});
		expect(curve.arc).toBe('collinear');
		expect(pairs(curve.points)).toEqual([
			[0, 0],
			[10, 0]
		]);
	});

	it('reads a BUE with ..RADIUS', () => {
		const curve = readCurve(group('BUE', [0, 10, 10, 0], [['RADIUS', '-10']]), identity, {});
		expect(pairs(curve.points).every(([e, n]) => Math.abs(Math.hypot(e!, n!) - 10) < 1e-9)).toBe(
			true
		);
	});

	it('reads a SIRKEL (centre + radius) and a SIRKELP (three points) as closed rings', () => {
		const sirkel = readCurve(group('SIRKEL', [0, 0], [['RADIUS', '5']]), identity, {});
		const sirkelp = readCurve(group('SIRKELP', [0, 5, 5, 0, 0, -5]), identity, {});
		for (const { points } of [sirkel, sirkelp]) {
			const ring = pairs(points);
			expect(ring[0]).toEqual(ring[ring.length - 1]);
		}
	});

	it.each([
		['BUE', [0, 10, 10, 0], [], '..RADIUS missing'],
		['BUEP', [0, 10, 10, 0], [], 'three points'],
		['KURVE', [1, 2], [], 'at least two'],
		['KURVE', [], [], 'no coordinates']
	] as [string, number[], [string, string][], string][])(
		'rejects a %s with %j',
		(type, xy, attrs, message) => {
			expect(() => readCurve(group(type, xy, attrs), identity, { line: 3 })).toThrow(
				expect.objectContaining({
					constructor: ParseError,
					detail: expect.stringContaining(message)
				})
			);
		}
	);
});
