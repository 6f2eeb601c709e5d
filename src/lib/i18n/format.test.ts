import { describe, expect, it } from 'vitest';
import { formatKm2 } from './format';

describe('formatKm2', () => {
	it('uses a decimal comma and one decimal', () => {
		expect(formatKm2(113.6249)).toBe('113,6 km²');
	});

	it('groups thousands with a non-breaking space', () => {
		expect(formatKm2(1234.56)).toBe('1\u00a0234,6 km²');
	});
});
