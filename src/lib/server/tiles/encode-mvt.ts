import Point from '@mapbox/point-geometry';
import { fromVectorTileJs, type VectorTileFeatureLike } from '@maplibre/vt-pbf';
import type { Geometry, Position } from 'geojson';
import { TILE_EXTENT } from '$lib/tiles/tile-address';

/** One feature as ST_AsMVTGeom left it: geometry in tile units (y down), plus properties. */
export interface TileFeature {
	id: number;
	geometry: Geometry;
	properties: Record<string, string | number | boolean>;
}

/**
 * Encodes one MVT layer in JavaScript. PGlite's PostGIS is built without protobuf, so it has
 * ST_AsMVTGeom but no ST_AsMVT; this writes the same protobuf ST_AsMVT would, from the same
 * clipped, quantised and correctly wound geometry.
 */
export function encodeMvt(layerName: string, features: TileFeature[]): Uint8Array {
	const encoded: VectorTileFeatureLike[] = features.map((f) => ({
		id: f.id,
		type: geometryType(f.geometry),
		properties: f.properties,
		extent: TILE_EXTENT,
		loadGeometry: () => rings(f.geometry)
	}));
	return fromVectorTileJs({
		layers: {
			[layerName]: {
				version: 2,
				name: layerName,
				extent: TILE_EXTENT,
				length: encoded.length,
				feature: (i) => encoded[i]!
			}
		}
	});
}

function geometryType(g: Geometry): 1 | 2 | 3 {
	if (g.type === 'Point' || g.type === 'MultiPoint') return 1;
	if (g.type === 'LineString' || g.type === 'MultiLineString') return 2;
	return 3;
}

/** MVT's flat list of rings: each point alone for points, each part for lines and polygons. */
function rings(g: Geometry): Point[][] {
	const ring = (positions: Position[]) => positions.map(([x, y]) => new Point(x!, y!));
	switch (g.type) {
		case 'Point':
			return [ring([g.coordinates])];
		case 'MultiPoint':
			return g.coordinates.map((p) => ring([p]));
		case 'LineString':
			return [ring(g.coordinates)];
		case 'MultiLineString':
		case 'Polygon':
			return g.coordinates.map(ring);
		case 'MultiPolygon':
			return g.coordinates.flat().map(ring);
		case 'GeometryCollection':
			return g.geometries.flatMap(rings);
	}
}
