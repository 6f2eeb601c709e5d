import type { ChunkDecoder } from './decode-charset';

/** One line of a SOSI file without its line end, with its 1-based number. */
export interface SosiLine {
	text: string;
	number: number;
}

/** 64 KiB: large enough to be fast, small enough that a huge file never sits decoded whole. */
const CHUNK = 1 << 16;

/**
 * Decodes a file chunk by chunk (TextDecoder `stream: true` keeps a UTF-8 sequence split
 * across chunks intact) and yields it line by line. Accepts CRLF and LF; only the
 * current chunk and one partial line are held, so memory stays bounded.
 * @example for (const { text, number } of readLines(bytes, new TextDecoder())) …
 */
export function* readLines(
	bytes: Uint8Array,
	decoder: ChunkDecoder,
	chunkSize = CHUNK
): Generator<SosiLine> {
	let pending = '';
	let number = 0;
	for (let offset = 0; offset < bytes.length; offset += chunkSize) {
		const chunk = bytes.subarray(offset, offset + chunkSize);
		const lines = (pending + decoder.decode(chunk, { stream: true })).split('\n');
		pending = lines.pop() ?? '';
		for (const line of lines) yield { text: stripCr(line), number: ++number };
	}
	pending += decoder.decode();
	if (pending) yield { text: stripCr(pending), number: ++number };
}

function stripCr(line: string): string {
	return line.endsWith('\r') ? line.slice(0, -1) : line;
}
