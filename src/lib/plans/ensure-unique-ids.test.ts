import { describe, expect, it } from 'vitest';
import { ensureUniqueIds } from './ensure-unique-ids';
import type { PlanFeature } from './types';

const feature = (objectId: string): PlanFeature => ({
	type: 'Feature',
	geometry: { type: 'Polygon', coordinates: [] },
	properties: {
		kind: 'landuse',
		objectType: 'KpArealformålOmråde',
		code: '1110',
		codeList: 'arealformal-2008',
		status: 1,
		name: null,
		objectId,
		attributes: {}
	}
});

describe('ensureUniqueIds', () => {
	it('keeps unique ids and adds no notes', () => {
		const result = ensureUniqueIds([feature('a'), feature('b')]);
		expect(result.features.map((f) => f.properties.objectId)).toEqual(['a', 'b']);
		expect(result.notes).toEqual([]);
	});

	it('suffixes repeats in file order and notes each one', () => {
		const input = [feature('a'), feature('a'), feature('b'), feature('a')];
		const result = ensureUniqueIds(input);
		expect(result.features.map((f) => f.properties.objectId)).toEqual(['a', 'a#2', 'b', 'a#3']);
		expect(result.notes.map((n) => n.feature)).toEqual(['a', 'a']);
		expect(input[1]!.properties.objectId).toBe('a');
	});
});
