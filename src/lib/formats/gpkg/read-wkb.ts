import type { Geometry, Position } from 'geojson';
import type { loadWkx } from './load-libraries';

type Wkx = Awaited<ReturnType<typeof loadWkx>>;

/** WKB geometry type codes (OGC 06-103r4 §8.2.3, ISO 13249-3) by name, for error messages. */
const TYPE_NAMES: Record<number, string> = {
	1: 'Point',
	2: 'LineString',
	3: 'Polygon',
	4: 'MultiPoint',
	5: 'MultiLineString',
	6: 'MultiPolygon',
	7: 'GeometryCollection',
	8: 'CircularString',
	9: 'CompoundCurve',
	10: 'CurvePolygon',
	11: 'MultiCurve',
	12: 'MultiSurface',
	15: 'PolyhedralSurface',
	16: 'TIN',
	17: 'Triangle'
};

/** A WKB geometry as GeoJSON in 2D, and whether Z or M values were dropped. */
export interface WkbGeometry {
	geometry: Geometry;
	droppedDimensions: boolean;
}

/** A WKB geometry type GeoJSON has no equivalent for (curves, surfaces, TINs). */
export class UnsupportedWkbTypeError extends Error {
	constructor(readonly typeName: string) {
		super(`${typeName} geometries are not supported`);
	}
}

/**
 * Decodes WKB (ISO or PostGIS EWKB flavour, either byte order) with wkx, dropping Z and M:
 * Planbord measures in the plane, and GDAL writes `POLYGON Z` when a source had heights.
 * Throws UnsupportedWkbTypeError for curve types and an Error for broken bytes.
 * @example readWkb(wkx, bytes).geometry.type // 'MultiPolygon'
 */
export function readWkb(wkx: Wkx, wkb: Uint8Array): WkbGeometry {
	if (wkb.length < 5) throw new Error('WKB is shorter than its header');
	const view = new DataView(wkb.buffer, wkb.byteOffset, wkb.byteLength);
	const code = view.getUint32(1, wkb[0] === 1);
	// EWKB keeps Z/M/SRID in the high bits; ISO adds 1000/2000/3000 to the type.
	const base = code & 0x0fff_ffff;
	const type = base % 1000;
	const dimensions = Math.floor(base / 1000) !== 0 || (code & 0xc000_0000) !== 0;
	if (type < 1 || type > 7) {
		throw new UnsupportedWkbTypeError(TYPE_NAMES[type] ?? `WKB type ${code}`);
	}
	// wkx reads through Node's Buffer; this views the same memory without copying.
	const buffer = Buffer.from(wkb.buffer, wkb.byteOffset, wkb.byteLength);
	const parsed = wkx.Geometry.parse(buffer).toGeoJSON() as Geometry;
	return { geometry: flatten(parsed), droppedDimensions: dimensions };
}

function flatten(geometry: Geometry): Geometry {
	const xy = (p: Position): Position => [p[0] as number, p[1] as number];
	switch (geometry.type) {
		case 'Point':
			return {
				type: 'Point',
				coordinates: geometry.coordinates.length ? xy(geometry.coordinates) : []
			};
		case 'MultiPoint':
		case 'LineString':
			return { type: geometry.type, coordinates: geometry.coordinates.map(xy) };
		case 'MultiLineString':
		case 'Polygon':
			return { type: geometry.type, coordinates: geometry.coordinates.map((r) => r.map(xy)) };
		case 'MultiPolygon':
			return {
				type: 'MultiPolygon',
				coordinates: geometry.coordinates.map((p) => p.map((r) => r.map(xy)))
			};
		case 'GeometryCollection':
			return { type: 'GeometryCollection', geometries: geometry.geometries.map(flatten) };
	}
}
