import type { Geometry, Point, Position } from 'geojson';
import { CANONICAL_SRID, converter, WGS84_SRID } from '../../geometry/crs';
import { reprojectGeometry } from '../../geometry/reproject';
import { assumeCrs, type Utm32 } from '../../geometry/types';
import { distanceToAskerSquared, isInNorway, isNearAsker } from './norway-area';
import { coordinateNote } from './problem-text';
import type { CoordinateReading } from './types';

/** EUREF89 NTM zone 10, the NTM zone through Asker (central meridian 10.5° E). */
const NTM10_SRID = 5110;

export type CoordinateDetection =
	| { ok: true; reading: CoordinateReading; position: Utm32<Point>; nearAsker: boolean }
	| { ok: false; code: 'coordinates-unrecognised' | 'coordinates-outside-norway' };

interface Candidate {
	srid: number;
	swapped: boolean;
	lonLat: [number, number];
}

/**
 * Decides what a coordinate pair is from the numbers alone, in whichever order the columns
 * came: WGS 84 longitude/latitude (either order), EUREF89 UTM32 or UTM33 east/north (either
 * order; Norwegian X is north), or NTM zone 10. Every reading that lands in Norway is a
 * candidate, and the one nearest Asker wins: Asker in UTM32 read as UTM33 lands in Sweden,
 * and the reverse lands in the North Sea west of Norway, so the two cannot be confused
 * here. Returns the point in EPSG:25832, the reading with a bokmål note, and whether the
 * point is near Asker; or `coordinates-outside-norway` / `coordinates-unrecognised`. With
 * `declaredSrid` (EWKT, a GeoJSON `crs`), the pair is read in that CRS, east first.
 * @example detectCoordinates(6633684, 580440) // UTM32 (nord/øst, byttet om), ~(10.435, 59.833)
 */
export function detectCoordinates(
	first: number,
	second: number,
	declaredSrid?: number
): CoordinateDetection {
	const candidates =
		declaredSrid === undefined ? readings(first, second) : declared(first, second, declaredSrid);
	if (candidates.length === 0) return { ok: false, code: 'coordinates-unrecognised' };
	let best: Candidate | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const [lon, lat] = candidate.lonLat;
		const distance = isInNorway(lon, lat) ? distanceToAskerSquared(lon, lat) : Infinity;
		if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
	}
	if (!best) return { ok: false, code: 'coordinates-outside-norway' };
	const { srid, swapped, lonLat } = best;
	const [x, y] = swapped ? [second, first] : [first, second];
	const [east, north] =
		srid === CANONICAL_SRID ? [x, y] : cached(srid, CANONICAL_SRID).forward([x, y]);
	return {
		ok: true,
		reading: {
			srid,
			swapped,
			lonLat,
			note: coordinateNote(srid, swapped, declaredSrid !== undefined)
		},
		position: assumeCrs({ type: 'Point', coordinates: [east, north] }, CANONICAL_SRID),
		nearAsker: isNearAsker(lonLat[0], lonLat[1])
	};
}

function readings(first: number, second: number): Candidate[] {
	if (!Number.isFinite(first) || !Number.isFinite(second)) return [];
	if (Math.abs(first) <= 180 && Math.abs(second) <= 180) {
		const found: Candidate[] = [];
		if (Math.abs(second) <= 90) found.push(degrees(first, second, false));
		if (Math.abs(first) <= 90) found.push(degrees(second, first, true));
		return found;
	}
	const swapped = first > second;
	const [east, north] = swapped ? [second, first] : [first, second];
	if (north >= 6_300_000 && north <= 8_000_000 && east >= -500_000 && east <= 1_500_000) {
		return [metres(25832, east, north, swapped), metres(25833, east, north, swapped)];
	}
	if (north >= 800_000 && north <= 2_700_000 && east >= -700_000 && east <= 900_000) {
		return [metres(NTM10_SRID, east, north, swapped)];
	}
	return [];
}

function declared(first: number, second: number, srid: number): Candidate[] {
	if (!Number.isFinite(first) || !Number.isFinite(second)) return [];
	return [srid === WGS84_SRID ? degrees(first, second, false) : metres(srid, first, second, false)];
}

function degrees(lon: number, lat: number, swapped: boolean): Candidate {
	return { srid: WGS84_SRID, swapped, lonLat: [lon, lat] };
}

function metres(srid: number, east: number, north: number, swapped: boolean): Candidate {
	const [lon, lat] = cached(srid, WGS84_SRID).forward([east, north]);
	return { srid, swapped, lonLat: [lon, lat] };
}

/**
 * Moves a geometry read with `detectCoordinates`'s reading (or a declared CRS) to EPSG:25832,
 * swapping each position first when the file wrote north before east.
 * @example projectToCanonical(point, 4326, true)
 */
export function projectToCanonical<G extends Geometry>(
	geometry: G,
	srid: number,
	swapped: boolean
): Utm32<G> {
	const ordered = swapped ? swapAxes(geometry) : geometry;
	return reprojectGeometry(ordered, srid, CANONICAL_SRID) as Utm32<G>;
}

function swapAxes<G extends Geometry>(geometry: G): G {
	if (geometry.type === 'GeometryCollection') {
		return { ...geometry, geometries: geometry.geometries.map(swapAxes) };
	}
	const swap = (p: Position): Position => [p[1] as number, p[0] as number, ...p.slice(2)];
	return { ...geometry, coordinates: mapPositions(geometry.coordinates, swap) };
}

function mapPositions(value: unknown, swap: (p: Position) => Position): unknown {
	if (!Array.isArray(value)) return value;
	if (typeof value[0] === 'number') return swap(value as Position);
	return value.map((inner) => mapPositions(inner, swap));
}

/** proj4 parses both definitions on every call (~40 µs); rows reuse a few pairs. */
const converters = new Map<string, ReturnType<typeof converter>>();

function cached(from: number, to: number): ReturnType<typeof converter> {
	const key = `${from}>${to}`;
	let found = converters.get(key);
	if (!found) converters.set(key, (found = converter(from, to)));
	return found;
}
