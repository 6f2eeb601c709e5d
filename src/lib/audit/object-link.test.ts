import { describe, expect, it } from 'vitest';
import { objectLink } from './object-link';

describe('objectLink', () => {
	it.each([
		['building', '300123456', '/eiendom/300123456'],
		['proposal', '3', '/lokalomrader/3'],
		['zone', '3/z-1', '/lokalomrader/3'],
		['plan', '7', '/plan/7'],
		['benchmark', 'own-x', '/eiendom/normtall'],
		['user', '5', undefined],
		['share_link', '2', undefined]
	])('%s %s → %s', (type, id, link) => {
		expect(objectLink(type, id)).toBe(link);
	});

	it('escapes an id that is not a plain number', () => {
		expect(objectLink('building', '../admin')).toBe('/eiendom/..%2Fadmin');
	});
});
