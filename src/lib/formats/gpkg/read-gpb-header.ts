/*
 * The GeoPackageBinary header, OGC GeoPackage Encoding Standard 1.3.1 (OGC 12-128r18)
 * §2.1.3.1.1 "BLOB Format", Requirement 19. It is parsed by hand because it is only a few
 * bytes, and neither sql.js (storage only) nor wkx (plain WKB/EWKB/TWKB) knows it:
 *
 *   byte[2] magic = 'GP'; byte version (0 = version 1); byte flags; int32 srs_id;
 *   double[] envelope; then the WKB geometry.
 *
 * flags, bit 0 (B): byte order of srs_id and envelope (0 big-endian, 1 little-endian);
 * bits 1-3 (E): envelope contents, 0 none, 1 xy (32 bytes), 2 xyz and 3 xym (48 bytes),
 * 4 xyzm (64 bytes), 5-7 invalid; bit 4 (Y): empty geometry; bit 5 (X): 1 for an
 * ExtendedGeoPackageBinary, whose body is an extension rather than WKB; bits 6-7 reserved.
 */

/** What the header says; the WKB geometry starts at `wkbOffset`. */
export interface GpbHeader {
	version: number;
	srsId: number;
	empty: boolean;
	extended: boolean;
	littleEndian: boolean;
	/** minx, maxx, miny, maxy (then z and/or m ranges), as written; empty when absent. */
	envelope: number[];
	wkbOffset: number;
}

const ENVELOPE_DOUBLES = [0, 4, 6, 6, 8];

/**
 * Reads the header of a GeoPackage geometry blob; throws an Error (the caller adds the
 * file and feature) when the blob is not GeoPackageBinary.
 * @example readGpbHeader(blob).srsId // 25832
 */
export function readGpbHeader(blob: Uint8Array): GpbHeader {
	if (blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) {
		throw new Error('geometry blob does not start with the GeoPackage magic "GP"');
	}
	const version = blob[2]!;
	const flags = blob[3]!;
	const indicator = (flags >> 1) & 0b111;
	const doubles = ENVELOPE_DOUBLES[indicator];
	if (doubles === undefined) throw new Error(`invalid envelope indicator ${indicator}`);
	const littleEndian = (flags & 1) === 1;
	const wkbOffset = 8 + doubles * 8;
	if (blob.length < wkbOffset) throw new Error('geometry blob is shorter than its header');
	const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
	const envelope: number[] = [];
	for (let i = 0; i < doubles; i++) envelope.push(view.getFloat64(8 + i * 8, littleEndian));
	return {
		version,
		srsId: view.getInt32(4, littleEndian),
		empty: (flags & 0b1_0000) !== 0,
		extended: (flags & 0b10_0000) !== 0,
		littleEndian,
		envelope,
		wkbOffset
	};
}
