import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import {
	CrsError,
	GeometryError,
	ParseError,
	ReasonCoordinatesOutsideCrs,
	ReasonInvalidGeometry,
	ReasonMalformedGeoJson
} from '../../errors';
import { parseCrsName, WGS84_SRID } from '../../geometry/crs';
import type { ParseResult } from '../format';

interface ParseOptions {
	/** Named in every error, so the user knows which file to fix. */
	fileName?: string;
}

/**
 * Reads a GeoJSON FeatureCollection. RFC 7946 files are WGS 84; the older `crs` member
 * (`urn:ogc:def:crs:EPSG::25832`) is honoured because Norwegian exports still write it.
 * Structural problems (unclosed rings, too few points, degrees out of range) are errors
 * naming file and feature; topology (self-intersection) is checked by PostGIS on import.
 * @example parseGeoJson(text, { fileName: 'kommuner.geojson' }).features.length
 */
export function parseGeoJson(text: string, { fileName }: ParseOptions = {}): ParseResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (cause) {
		throw new ParseError(ReasonMalformedGeoJson, `not JSON: ${(cause as Error).message}`, {
			file: fileName
		});
	}
	if (!isFeatureCollection(data)) {
		throw new ParseError(ReasonMalformedGeoJson, 'expected a FeatureCollection', {
			file: fileName
		});
	}
	const srid = readCrs(data, fileName);
	const features = data.features.map((feature, index) => {
		const label = featureLabel(feature, index);
		if (!feature || feature.type !== 'Feature' || !isGeometry(feature.geometry)) {
			throw new ParseError(ReasonMalformedGeoJson, 'not a Feature with a geometry', {
				file: fileName,
				feature: label
			});
		}
		checkPositions(feature.geometry, srid, { file: fileName, feature: label });
		return feature;
	});
	return { features, srid, notes: [] };
}

function readCrs(data: FeatureCollection, file: string | undefined): number {
	const name = (data as { crs?: { properties?: { name?: unknown } } }).crs?.properties?.name;
	if (name === undefined) return WGS84_SRID;
	try {
		return parseCrsName(crsNameText(name));
	} catch (error) {
		if (error instanceof CrsError) throw new CrsError(error.reason, error.detail, { file });
		throw error;
	}
}

/**
 * A crs name as text. Not String() of an object (it throws when `toString` is not a
 * function) and not bare JSON.stringify (it overflows the stack on deep nesting).
 */
function crsNameText(name: unknown): string {
	if (typeof name !== 'object' || name === null) return String(name);
	try {
		return JSON.stringify(name);
	} catch {
		return '(unreadable)';
	}
}

function featureLabel(feature: Feature | undefined, index: number): string | number {
	const id = feature?.id ?? feature?.properties?.id;
	return typeof id === 'string' || typeof id === 'number' ? id : `#${index + 1}`;
}

function checkPositions(
	geometry: Geometry,
	srid: number,
	where: { file?: string; feature: string | number }
): void {
	if (!isWellNested(geometry, 0)) {
		throw new GeometryError(
			ReasonInvalidGeometry,
			`${geometry.type} coordinates are not nested as the type requires`,
			where
		);
	}
	for (const ring of rings(geometry)) {
		const first = ring[0];
		const last = ring[ring.length - 1];
		if (ring.length < 4 || !first || !last || first[0] !== last[0] || first[1] !== last[1]) {
			throw new GeometryError(
				ReasonInvalidGeometry,
				'polygon ring is not closed or has < 4 points',
				where
			);
		}
	}
	for (const [x, y] of positions(geometry)) {
		if (!Number.isFinite(x) || !Number.isFinite(y)) {
			throw new GeometryError(ReasonInvalidGeometry, 'coordinate is not a number', where);
		}
		if (srid === WGS84_SRID && (Math.abs(x as number) > 180 || Math.abs(y as number) > 90)) {
			throw new CrsError(
				ReasonCoordinatesOutsideCrs,
				`coordinate (${x}, ${y}) is not longitude/latitude; is the file in another CRS?`,
				where
			);
		}
	}
}

function* positions(geometry: Geometry): Generator<Position> {
	switch (geometry.type) {
		case 'Point':
			yield geometry.coordinates;
			return;
		case 'MultiPoint':
		case 'LineString':
			yield* geometry.coordinates;
			return;
		case 'MultiLineString':
		case 'Polygon':
			for (const line of geometry.coordinates) yield* line;
			return;
		case 'MultiPolygon':
			for (const polygon of geometry.coordinates) for (const ring of polygon) yield* ring;
			return;
		case 'GeometryCollection':
			for (const g of geometry.geometries) yield* positions(g);
	}
}

function rings(geometry: Geometry): Position[][] {
	if (geometry.type === 'Polygon') return geometry.coordinates;
	if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
	if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(rings);
	return [];
}

/** How deep `coordinates` nests arrays above a position, per type (RFC 7946 §3.1). */
const NESTING: Record<string, number> = {
	Point: 0,
	MultiPoint: 1,
	LineString: 1,
	MultiLineString: 2,
	Polygon: 2,
	MultiPolygon: 3
};
/** RFC 7946 §3.1.8 advises against nested GeometryCollections; a few levels are read. */
const MAX_COLLECTION_DEPTH = 16;

/**
 * Checked before positions are read, so `[0, 0]` given as a MultiPoint's coordinates is
 * a GeometryError rather than a TypeError from destructuring a number.
 */
function isWellNested(geometry: Geometry, level: number): boolean {
	if (geometry.type === 'GeometryCollection') {
		return (
			level < MAX_COLLECTION_DEPTH &&
			geometry.geometries.every((g) => isGeometry(g) && isWellNested(g, level + 1))
		);
	}
	const depth = NESTING[geometry.type];
	return depth === undefined || isNested(geometry.coordinates, depth);
}

function isNested(value: unknown, depth: number): boolean {
	if (!Array.isArray(value)) return false;
	if (depth === 0) return value.length >= 2;
	return value.every((item) => isNested(item, depth - 1));
}

function isFeatureCollection(data: unknown): data is FeatureCollection {
	const fc = data as FeatureCollection | null;
	return fc?.type === 'FeatureCollection' && Array.isArray(fc.features);
}

function isGeometry(value: unknown): value is Geometry {
	const g = value as Geometry | null;
	if (!g || typeof g.type !== 'string') return false;
	if (g.type === 'GeometryCollection') return Array.isArray(g.geometries);
	return Array.isArray((g as { coordinates?: unknown }).coordinates);
}
