import { describe, expect, it } from 'vitest';
import { readGpbHeader } from './read-gpb-header';
import { writeGpb } from './write-gpb';

/** A big-endian header with an xyz envelope (indicator 2), as some writers produce. */
function bigEndianXyz(): Uint8Array {
	const blob = new Uint8Array(8 + 48 + 5);
	const view = new DataView(blob.buffer);
	blob.set([0x47, 0x50, 0, 0b0000_0100]);
	view.setInt32(4, 25833, false);
	[1, 2, 3, 4, 5, 6].forEach((v, i) => view.setFloat64(8 + i * 8, v, false));
	return blob;
}

describe('readGpbHeader', () => {
	it('reads what writeGpb writes: little-endian, xy envelope, WKB after 40 bytes', () => {
		const blob = writeGpb(new Uint8Array([1, 2, 3]), 25832, [10, 20, 30, 40]);
		expect(readGpbHeader(blob)).toEqual({
			version: 0,
			srsId: 25832,
			empty: false,
			extended: false,
			littleEndian: true,
			envelope: [10, 30, 20, 40],
			wkbOffset: 40
		});
	});

	it('reads a big-endian header with an xyz envelope', () => {
		expect(readGpbHeader(bigEndianXyz())).toMatchObject({
			srsId: 25833,
			littleEndian: false,
			envelope: [1, 2, 3, 4, 5, 6],
			wkbOffset: 56
		});
	});

	it('reads the empty and extended flags', () => {
		const blob = new Uint8Array([0x47, 0x50, 0, 0b0011_0001, 0, 0, 0, 0]);
		expect(readGpbHeader(blob)).toMatchObject({ empty: true, extended: true, wkbOffset: 8 });
	});

	it('refuses a blob without the magic, an invalid envelope code, and a truncated header', () => {
		const truncated = writeGpb(new Uint8Array(), 1, [0, 0, 0, 0]).subarray(0, 20);
		expect(() => readGpbHeader(new Uint8Array([1, 3, 0, 0, 0, 0, 0, 0]))).toThrow('magic');
		expect(() => readGpbHeader(new Uint8Array([0x47, 0x50, 0, 0b1010, 0, 0, 0, 0]))).toThrow(
			'invalid envelope indicator 5'
		);
		expect(() => readGpbHeader(truncated)).toThrow('shorter than its header');
	});
});
