import { describe, expect, it } from 'vitest';
import { foldName, searchNames, type SearchItem } from './search-names';

const items: SearchItem[] = Object.freeze([
	{ key: 'municipality:0220', label: 'Asker', detail: '0220', aliases: ['0220'] },
	{ key: 'municipality:0627', label: 'Røyken', detail: '0627', aliases: ['0627'] },
	{ key: 'municipality:0628', label: 'Hurum', detail: '0628', aliases: ['0628'] },
	{ key: 'service:1', label: 'Nye Asker bibliotek', detail: 'Bibliotek' },
	{ key: 'service:2', label: 'Vardåsen skole', detail: 'Skole' }
]) as SearchItem[];

describe('foldName', () => {
	it.each([
		['Røyken', 'royken'],
		['Vardåsen', 'vardasen'],
		['Ærfuglen', 'aerfuglen'],
		['Café', 'cafe']
	])('folds %s to %s', (name, folded) => {
		expect(foldName(name)).toBe(folded);
	});
});

describe('searchNames', () => {
	it('finds Røyken when the user types without ø', () => {
		expect(searchNames(items, 'royk').map((i) => i.label)).toEqual(['Røyken']);
	});

	it('ranks a label prefix before a word prefix before a substring', () => {
		expect(searchNames(items, 'asker').map((i) => i.key)).toEqual([
			'municipality:0220',
			'service:1'
		]);
		expect(searchNames(items, 'sen').map((i) => i.key)).toEqual(['service:2']);
	});

	it('finds by alias (kommunenummer)', () => {
		expect(searchNames(items, '0628').map((i) => i.label)).toEqual(['Hurum']);
	});

	it('returns nothing for a blank query and respects the limit', () => {
		expect(searchNames(items, '  ')).toEqual([]);
		expect(searchNames(items, 'a', 2)).toHaveLength(2);
	});
});
