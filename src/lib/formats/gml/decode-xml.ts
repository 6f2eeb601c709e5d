import { ParseError, ReasonMalformedGml, ReasonUnknownCharset } from '../../errors';

/** Characters (or bytes) handed to the XML parser at a time: large files never sit in one string. */
const CHUNK = 1 << 16;

/**
 * Turns a GML file into text chunks for a streaming parser. Bytes are decoded in stream mode
 * with the encoding of a byte-order mark or of the XML declaration (`encoding="ISO-8859-1"`),
 * UTF-8 when neither is present (XML 1.0 §4.3.3). Bytes that are not valid in that encoding
 * are an error rather than silent replacement characters in plan names.
 * @example [...decodeXml(bytes)].join('').startsWith('<?xml')
 */
export function* decodeXml(input: Uint8Array | string, file?: string): Generator<string> {
	if (typeof input === 'string') {
		// A byte-order mark left in a string by a careless decoder is not XML content.
		const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
		for (let i = 0; i < text.length; i += CHUNK) yield text.slice(i, i + CHUNK);
		return;
	}
	const label = sniffEncoding(input);
	const decoder = createDecoder(label, file);
	try {
		for (let i = 0; i < input.length; i += CHUNK) {
			const text = decoder.decode(input.subarray(i, i + CHUNK), { stream: true });
			if (text) yield text;
		}
		const rest = decoder.decode();
		if (rest) yield rest;
	} catch (error) {
		if (!(error instanceof TypeError)) throw error;
		throw new ParseError(
			ReasonMalformedGml,
			`the bytes are not valid ${label}; declare the file's encoding in its XML declaration`,
			{ file }
		);
	}
}

function sniffEncoding(bytes: Uint8Array): string {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	// The declaration is ASCII in every encoding a GML file may use, so Latin-1 reads it.
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512));
	const declared = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
	return declared?.[1]?.toLowerCase() ?? 'utf-8';
}

function createDecoder(label: string, file: string | undefined): TextDecoder {
	try {
		return new TextDecoder(label, { fatal: true });
	} catch {
		throw new ParseError(ReasonUnknownCharset, `unknown encoding "${label}"`, { file });
	}
}
