import { ParseError, ReasonUnknownCharset, type ErrorLocation } from '../../errors';
import { DOSN8_UPPER_HALF, NORWEGIAN_7BIT } from './dosn8';

/** The part of TextDecoder the line reader uses, so table decoders can stand in for it. */
export interface ChunkDecoder {
	decode(bytes?: Uint8Array, options?: { stream?: boolean }): string;
}

/**
 * A decoder for a SOSI `..TEGNSETT` value (plan-standards §4.1). `ISO8859-1` and its
 * `ANSI` alias use WHATWG's windows-1252, a superset for every printable Latin-1
 * character, which also rescues Windows-made files that put – or ’ in 0x80–0x9F.
 * Unknown names throw ParseError('unknown-charset') naming the value.
 * @example decoderForCharset('ISO8859-10').decode(new Uint8Array([0xc5])) // 'Å'
 */
export function decoderForCharset(name: string, where: ErrorLocation = {}): ChunkDecoder {
	const key = name.trim().toUpperCase().replace(/_/g, '-');
	switch (key) {
		case 'UTF-8':
		case 'UTF8':
			return new TextDecoder('utf-8');
		case 'ISO8859-1':
		case 'ISO-8859-1':
		case 'ANSI':
		case 'LATIN1':
			return new TextDecoder('windows-1252');
		case 'ISO8859-10':
		case 'ISO-8859-10':
			return new TextDecoder('iso-8859-10');
		case 'DOSN8':
			return tableDecoder((byte) => (byte < 0x80 ? null : DOSN8_UPPER_HALF[byte - 0x80]));
		case 'ND7':
		case 'DECN7':
			return tableDecoder((byte) => NORWEGIAN_7BIT[String.fromCharCode(byte)] ?? null);
		default:
			throw new ParseError(
				ReasonUnknownCharset,
				`unknown character set "${name}" in ..TEGNSETT (known: UTF-8, ISO8859-1, ANSI, ` +
					'ISO8859-10, DOSN8, ND7, DECN7)',
				where
			);
	}
}

/** A single-byte decoder: `special` maps a byte to its character, or null for ASCII. */
function tableDecoder(special: (byte: number) => string | null | undefined): ChunkDecoder {
	return {
		decode(bytes?: Uint8Array): string {
			if (!bytes) return '';
			const parts: string[] = [];
			for (const byte of bytes) parts.push(special(byte) ?? String.fromCharCode(byte));
			return parts.join('');
		}
	};
}
