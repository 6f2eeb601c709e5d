import type { MultiPolygon, Polygon, Position } from 'geojson';

const WKB_POLYGON = 3;
const WKB_MULTIPOLYGON = 6;

/*
 * Written by hand rather than with wkx: wkx's writer allocates with the deprecated
 * `new Buffer()` (a DeprecationWarning in every server log) and needs Node's Buffer. Only
 * 2D little-endian (multi)polygons are needed, ISO 13249-3 / OGC 06-103r4 §8.2.
 */

/**
 * Encodes a Polygon or MultiPolygon as 2D little-endian WKB (Z and M are not written).
 * @example writeWkb({ type: 'MultiPolygon', coordinates: [[ring]] }).length
 */
export function writeWkb(geometry: Polygon | MultiPolygon): Uint8Array {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const polygonSize = (rings: Position[][]) =>
		9 + rings.reduce((sum, ring) => sum + 4 + ring.length * 16, 0);
	const size =
		geometry.type === 'Polygon'
			? polygonSize(geometry.coordinates)
			: 9 + polygons.reduce((sum, rings) => sum + polygonSize(rings), 0);
	const bytes = new Uint8Array(size);
	const view = new DataView(bytes.buffer);
	let at = 0;
	const header = (type: number, count: number) => {
		view.setUint8(at, 1);
		view.setUint32(at + 1, type, true);
		view.setUint32(at + 5, count, true);
		at += 9;
	};
	const polygon = (rings: Position[][]) => {
		header(WKB_POLYGON, rings.length);
		for (const ring of rings) {
			view.setUint32(at, ring.length, true);
			at += 4;
			for (const [x, y] of ring) {
				view.setFloat64(at, x as number, true);
				view.setFloat64(at + 8, y as number, true);
				at += 16;
			}
		}
	};
	if (geometry.type === 'Polygon') polygon(geometry.coordinates);
	else {
		header(WKB_MULTIPOLYGON, polygons.length);
		polygons.forEach(polygon);
	}
	return bytes;
}
