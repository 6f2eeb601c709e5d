/** The character sets writeSosi can produce (plan-standards §0 item 5: FYBA needs 8-bit). */
export type SosiWriteCharset = 'ISO8859-10' | 'ISO8859-1' | 'UTF-8';

/** Typographic marks common in Norwegian plan names that ISO 8859-1/-10 lack. */
const FALLBACKS: Record<string, string> = {
	'–': '-',
	'—': '-',
	'‘': "'",
	'’': "'",
	'“': '"',
	'”': '"',
	'…': '...'
};

/**
 * Encodes text for a SOSI file. The single-byte sets cannot hold every character: dashes
 * and curly quotes become their ASCII forms and anything else becomes `?`, because a file
 * FYBA can open is worth more than one exotic character (documented in README.md).
 * @example encodeText('Røyken', 'ISO8859-10') // Uint8Array [82, 248, 121, 107, 101, 110]
 */
export function encodeText(text: string, charset: SosiWriteCharset): Uint8Array {
	if (charset === 'UTF-8') return new TextEncoder().encode(text);
	const table = charset === 'ISO8859-10' ? latin6Table() : null;
	const bytes = new Uint8Array(text.length * 3);
	let length = 0;
	for (const char of text) {
		const byte = byteOf(char, table);
		if (byte !== undefined) {
			bytes[length++] = byte;
			continue;
		}
		for (const fallback of FALLBACKS[char] ?? '?') bytes[length++] = fallback.charCodeAt(0);
	}
	return bytes.slice(0, length);
}

/** Below 0xA0 both ISO sets equal Unicode; above, 8859-1 is Unicode and 8859-10 a table. */
function byteOf(char: string, table: Map<string, number> | null): number | undefined {
	const code = char.codePointAt(0) as number;
	if (code < 0xa0) return code;
	if (table) return table.get(char);
	return code <= 0xff ? code : undefined;
}

let latin6: Map<string, number> | undefined;

/** ISO 8859-10's upper half, taken from TextDecoder so no table is typed by hand. */
function latin6Table(): Map<string, number> {
	if (latin6) return latin6;
	const decoder = new TextDecoder('iso-8859-10');
	latin6 = new Map();
	for (let byte = 0xa0; byte <= 0xff; byte++) {
		latin6.set(decoder.decode(new Uint8Array([byte])), byte);
	}
	return latin6;
}
