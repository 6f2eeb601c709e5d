import { describe, expect, it } from 'vitest';
import { Clipper } from 'clipper2-ts';
import { createRandom } from '../../buildings/sample/prng';
import { blob } from './blob';
import { findPolygonProblem } from './find-polygon-problem';

const shape = () =>
	blob({ x: 0, y: 0 }, { radius: 200, stretch: 2, angle: 1 }, createRandom('test:blob'));

describe('blob', () => {
	it('is a simple counter-clockwise ring', () => {
		expect([findPolygonProblem([shape()]), Clipper.isPositive(shape())]).toEqual([null, true]);
	});

	it('stays within its radius of the centre', () => {
		expect(Math.max(...shape().map((p) => Math.hypot(p.x, p.y)))).toBeLessThanOrEqual(200_001);
	});

	it('is stretched: much longer than it is wide', () => {
		const r = shape().map((p) => Math.hypot(p.x, p.y));
		expect(Math.max(...r) / Math.min(...r)).toBeGreaterThan(1.5);
	});
});
