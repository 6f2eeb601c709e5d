/** What the raw bytes say about their own character set, before anything is decoded. */
export interface SniffedCharset {
	/** The `..TEGNSETT` value as written (e.g. `ISO8859-10`), or null when the header has none. */
	value: string | null;
	/** 1-based line of the `..TEGNSETT` element. */
	line: number | null;
	/** A UTF-8 byte-order mark opens the file (jsosi's fixtures have such files). */
	bom: boolean;
}

/** `..TEGNSETT` and every keyword before it are ASCII in all SOSI charsets (§4.1). */
const KEYWORD = '..TEGNSETT';
/** The header sits at the top; giving up after this many bytes keeps sniffing cheap. */
const HEADER_LIMIT = 1 << 20;

/**
 * Finds `..TEGNSETT` in the `.HODE` of an undecoded SOSI file. The search stops at the
 * first object group after `.HODE`, since TEGNSETT belongs to the header (SOSI Del 1).
 * @example sniffCharset(bytes).value // 'ISO8859-1'
 */
export function sniffCharset(bytes: Uint8Array): SniffedCharset {
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	const end = Math.min(bytes.length, HEADER_LIMIT);
	let start = bom ? 3 : 0;
	let line = 1;
	while (start < end) {
		let stop = bytes.indexOf(0x0a, start);
		if (stop < 0 || stop > end) stop = end;
		const text = ascii(bytes, start, stop).trim();
		if (text.startsWith(KEYWORD)) {
			const value = text.slice(KEYWORD.length).split('!')[0]?.trim().replace(/^"|"$/g, '');
			return { value: value || null, line, bom };
		}
		if (/^\.[^.]/.test(text) && !text.startsWith('.HODE')) break;
		start = stop + 1;
		line++;
	}
	return { value: null, line: null, bom };
}

/** Bytes ≥ 0x80 become '?': only the ASCII keywords matter here. */
function ascii(bytes: Uint8Array, start: number, stop: number): string {
	let text = '';
	for (let i = start; i < stop; i++) {
		const byte = bytes[i] as number;
		text += byte < 0x80 ? String.fromCharCode(byte) : '?';
	}
	return text;
}
