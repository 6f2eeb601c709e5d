import { describe, expect, it } from 'vitest';
import { decoderForCharset } from './decode-charset';
import { encodeText } from './encode-charset';

describe('encodeText', () => {
	it.each(['ISO8859-10', 'ISO8859-1', 'UTF-8'] as const)(
		'round-trips Norwegian text in %s',
		(set) => {
			const text = 'Bråtan/Røyken/Æsøy ..NØ';
			expect(decoderForCharset(set).decode(encodeText(text, set))).toBe(text);
		}
	);

	it('uses the ISO8859-10 table above 0xA0 (Ŋ is 0xAF there)', () => {
		expect([...encodeText('Ŋø', 'ISO8859-10')]).toEqual([0xaf, 0xf8]);
	});

	it('writes ASCII for dashes and curly quotes, ? for the rest', () => {
		expect(new TextDecoder().decode(encodeText('E6 – ’a’ €', 'ISO8859-1'))).toBe("E6 - 'a' ?");
	});
});
