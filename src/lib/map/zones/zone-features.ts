import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { converter, CANONICAL_SRID, WGS84_SRID } from '$lib/geometry/crs';
import { toWgs84 } from '$lib/geometry/reproject';
import { ringsOf } from '$lib/zones/rings';
import type { FixChange, PartitionProblem, Zone } from '$lib/zones/types';

/*
 * The editor keeps zones in EPSG:25832 (where every rule and measurement works); the map
 * draws WGS 84. These turn the one into the other for the map's GeoJSON sources.
 */

/** A zone colour by position, so neighbouring zones drawn in order rarely share one. */
const ZONE_PALETTE = [
	'#0072B2',
	'#E69F00',
	'#009E73',
	'#CC79A7',
	'#56B4E9',
	'#D55E00',
	'#F0E442',
	'#999999'
];

export function zoneColour(index: number): string {
	return ZONE_PALETTE[index % ZONE_PALETTE.length]!;
}

export function zoneFeatures(zones: readonly Zone[]): FeatureCollection<Polygon | MultiPolygon> {
	return {
		type: 'FeatureCollection',
		features: zones.map((zone, index) => ({
			type: 'Feature',
			id: index,
			properties: { id: zone.id, name: zone.name, colour: zoneColour(index) },
			geometry: toWgs84(zone.geometry)
		}))
	};
}

export function problemFeatures(
	problems: readonly PartitionProblem[]
): FeatureCollection<Polygon | MultiPolygon> {
	const features: Feature<Polygon | MultiPolygon>[] = [];
	problems.forEach((problem, index) => {
		if (!problem.geometry) return;
		features.push({
			type: 'Feature',
			properties: { index, kind: problem.kind, area: problem.area },
			geometry: toWgs84(problem.geometry)
		});
	});
	return { type: 'FeatureCollection', features };
}

/** The vertices of one zone, each with its exact EPSG:25832 position (`x`, `y`). */
export function vertexFeatures(zone: Zone | null): FeatureCollection<Point> {
	if (!zone) return { type: 'FeatureCollection', features: [] };
	const seen = new Set<string>();
	const features: Feature<Point>[] = [];
	for (const ring of ringsOf(zone.geometry)) {
		for (const p of ring) {
			const key = `${p[0]},${p[1]}`;
			if (seen.has(key)) continue;
			seen.add(key);
			features.push({
				type: 'Feature',
				properties: { x: p[0], y: p[1] },
				geometry: { type: 'Point', coordinates: toLonLat(p) }
			});
		}
	}
	return { type: 'FeatureCollection', features };
}

export function toLonLat(p: Position): [number, number] {
	const [lon, lat] = converter(CANONICAL_SRID, WGS84_SRID).forward([p[0]!, p[1]!]);
	return [lon, lat];
}

export function toMetres(lonLat: Position): [number, number] {
	const [x, y] = converter(WGS84_SRID, CANONICAL_SRID).forward([lonLat[0]!, lonLat[1]!]);
	return [x, y];
}

/**
 * Ground metres per screen pixel at the map's centre, to turn a snapping distance in pixels
 * into the metres the zone functions take. Web Mercator: 2πR·cos(lat) / (512·2^zoom) for
 * MapLibre's 512-pixel tiles. UTM's scale differs from the ground by < 0.1 %: irrelevant here.
 */
export function metresPerPixel(map: MapLibreMap): number {
	const lat = (map.getCenter().lat * Math.PI) / 180;
	return (2 * Math.PI * 6_378_137 * Math.cos(lat)) / (512 * 2 ** map.getZoom());
}

/** What the last topology fix changed, one feature per piece, so the planner sees where. */
export function fixChangeFeatures(
	changes: readonly FixChange[]
): FeatureCollection<Polygon | MultiPolygon> {
	return {
		type: 'FeatureCollection',
		features: changes.map((change, index) => ({
			type: 'Feature',
			properties: { index, kind: change.kind, area: change.area },
			geometry: toWgs84(change.geometry)
		}))
	};
}
