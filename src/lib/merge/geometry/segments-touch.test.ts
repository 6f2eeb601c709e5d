import { describe, expect, it } from 'vitest';
import { segmentsTouch } from './segments-touch';

const p = (x: number, y: number) => ({ x, y });

describe('segmentsTouch', () => {
	it('sees crossing, touching at an end and collinear overlap', () => {
		expect(segmentsTouch(p(0, 0), p(2, 2), p(0, 2), p(2, 0))).toBe(true);
		expect(segmentsTouch(p(0, 0), p(2, 0), p(2, 0), p(3, 5))).toBe(true);
		expect(segmentsTouch(p(0, 0), p(4, 0), p(2, 0), p(6, 0))).toBe(true);
	});

	it('says no for parallel, collinear-apart and near-miss segments', () => {
		expect(segmentsTouch(p(0, 0), p(4, 0), p(0, 1), p(4, 1))).toBe(false);
		expect(segmentsTouch(p(0, 0), p(1, 0), p(2, 0), p(3, 0))).toBe(false);
		expect(segmentsTouch(p(0, 0), p(2, 2), p(2, 1), p(3, 0))).toBe(false);
	});
});
