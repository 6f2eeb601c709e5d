import { describe, expect, it } from 'vitest';
import { ParseError } from '../../errors';
import { decoderForCharset } from './decode-charset';

/** "ÆØÅæøå" in each set, from its code table. */
const NORWEGIAN: [string, number[]][] = [
	['ISO8859-1', [0xc6, 0xd8, 0xc5, 0xe6, 0xf8, 0xe5]],
	['ANSI', [0xc6, 0xd8, 0xc5, 0xe6, 0xf8, 0xe5]],
	['ISO8859-10', [0xc6, 0xd8, 0xc5, 0xe6, 0xf8, 0xe5]],
	['DOSN8', [0x92, 0x9d, 0x8f, 0x91, 0x9b, 0x86]],
	['ND7', [0x5b, 0x5c, 0x5d, 0x7b, 0x7c, 0x7d]],
	['DECN7', [0x5b, 0x5c, 0x5d, 0x7b, 0x7c, 0x7d]],
	['UTF-8', [0xc3, 0x86, 0xc3, 0x98, 0xc3, 0x85, 0xc3, 0xa6, 0xc3, 0xb8, 0xc3, 0xa5]]
];

describe('decoderForCharset', () => {
	it.each(NORWEGIAN)('decodes ÆØÅæøå from %s', (name, bytes) => {
		expect(decoderForCharset(name).decode(new Uint8Array(bytes))).toBe('ÆØÅæøå');
	});

	it('tells ISO8859-10 from ISO8859-1 where they differ (0xA1: Ą versus ¡)', () => {
		expect(decoderForCharset('ISO8859-10').decode(new Uint8Array([0xa1]))).toBe('Ą');
		expect(decoderForCharset('ISO8859-1').decode(new Uint8Array([0xa1]))).toBe('¡');
	});

	it('leaves ASCII alone in DOSN8', () => {
		expect(decoderForCharset('dosn8').decode(new Uint8Array([0x2e, 0x4e, 0x9d]))).toBe('.NØ');
	});

	it('rejects an unknown set, naming it', () => {
		expect(() => decoderForCharset('KOI8-R', { line: 3 })).toThrow(
			expect.objectContaining({
				constructor: ParseError,
				reason: 'unknown-charset',
				detail: expect.stringContaining('"KOI8-R"'),
				location: { line: 3 }
			})
		);
	});
});
