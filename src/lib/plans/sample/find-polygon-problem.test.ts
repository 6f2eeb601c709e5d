import { describe, expect, it } from 'vitest';
import { findPolygonProblem } from './find-polygon-problem';
import { square } from './test-shapes.fixture';

const p = (...xy: number[]) =>
	Array.from({ length: xy.length / 2 }, (_, i) => ({ x: xy[2 * i]!, y: xy[2 * i + 1]! }));

describe('findPolygonProblem', () => {
	it('accepts a square with a hole well inside', () => {
		expect(findPolygonProblem([square(0, 0, 100), [...square(20, 20, 10)].reverse()])).toBeNull();
	});

	it('refuses a bow-tie', () => {
		expect(findPolygonProblem([p(0, 0, 10, 10, 10, 0, 0, 10)])).toMatch(/touch or cross/);
	});

	it('refuses a ring that passes through one vertex twice', () => {
		expect(findPolygonProblem([p(0, 0, 10, 0, 5, 5, 10, 10, 0, 10, 5, 5)])).toMatch(
			/repeats vertex/
		);
	});

	it('refuses a spike that doubles back', () => {
		expect(findPolygonProblem([p(0, 0, 10, 0, 20, 0, 15, 0, 10, 10)])).not.toBeNull();
	});

	it('refuses a hole touching the outer ring', () => {
		expect(findPolygonProblem([square(0, 0, 100), p(0, 50, 20, 40, 20, 60)])).toMatch(
			/touch or cross/
		);
	});

	it('refuses a hole outside the outer ring', () => {
		expect(findPolygonProblem([square(0, 0, 100), square(200, 200, 10)])).toMatch(/outside/);
	});

	it('refuses a ring with fewer than three vertices', () => {
		expect(findPolygonProblem([p(0, 0, 1, 1)])).toMatch(/2 vertices/);
	});
});
