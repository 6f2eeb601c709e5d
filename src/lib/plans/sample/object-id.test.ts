import { describe, expect, it } from 'vitest';
import { sampleObjectId } from './object-id';

describe('sampleObjectId', () => {
	it('is a version 5 UUID', () => {
		expect(sampleObjectId('0220', 'landuse', 1)).toMatch(
			/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
		);
	});

	it('is the same on every call', () => {
		expect(sampleObjectId('0627', 'zone', 3)).toBe(sampleObjectId('0627', 'zone', 3));
	});

	it('differs between municipalities, roles and numbers', () => {
		const ids = [
			sampleObjectId('0220', 'landuse', 1),
			sampleObjectId('0627', 'landuse', 1),
			sampleObjectId('0220', 'zone', 1),
			sampleObjectId('0220', 'landuse', 2)
		];
		expect(new Set(ids).size).toBe(4);
	});
});
