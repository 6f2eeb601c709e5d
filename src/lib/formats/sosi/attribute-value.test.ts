import { describe, expect, it } from 'vitest';
import { attributeValue } from './attribute-value';

const bare = (...texts: string[]) =>
	texts.map((text) => ({ kind: 'value' as const, text, quoted: false }));

describe('attributeValue', () => {
	it.each([
		['1110', 1110],
		['0', 0],
		['-3.25', -3.25],
		['0.5', 0.5]
	])('reads %s as a number', (text, expected) => {
		expect(attributeValue(bare(text))).toBe(expected);
	});

	it.each(['0220', '01', '1e3', '20171115T', '#14'])('keeps %s as text', (text) => {
		expect(attributeValue(bare(text))).toBe(text);
	});

	it('keeps a quoted number as text', () => {
		expect(attributeValue([{ kind: 'value', text: '2016003', quoted: true }])).toBe('2016003');
	});

	it('joins several tokens with a space', () => {
		expect(attributeValue(bare('82', '0'))).toBe('82 0');
	});

	it('is null for a group heading without a value', () => {
		expect(attributeValue([])).toBeNull();
	});
});
