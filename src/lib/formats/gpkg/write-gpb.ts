/**
 * Wraps WKB in a StandardGeoPackageBinary blob (OGC 12-128r18 §2.1.3.1.1): magic 'GP',
 * version 0 (= 1), flags 0b0000_0011 (little-endian, xy envelope, not empty), srs_id and
 * the envelope [minx, maxx, miny, maxy]. The envelope lets readers (GDAL, QGIS) filter by
 * extent without decoding the geometry.
 * @example writeGpb(wkb, 25832, [minX, minY, maxX, maxY])
 */
export function writeGpb(
	wkb: Uint8Array,
	srsId: number,
	[minX, minY, maxX, maxY]: readonly [number, number, number, number]
): Uint8Array {
	const blob = new Uint8Array(8 + 32 + wkb.length);
	const view = new DataView(blob.buffer);
	blob[0] = 0x47;
	blob[1] = 0x50;
	blob[2] = 0;
	blob[3] = 0b0000_0011;
	view.setInt32(4, srsId, true);
	[minX, maxX, minY, maxY].forEach((value, i) => view.setFloat64(8 + i * 8, value, true));
	blob.set(wkb, 40);
	return blob;
}
