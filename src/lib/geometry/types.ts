import type { Geometry } from 'geojson';

declare const crsBrand: unique symbol;

/**
 * A GeoJSON geometry whose coordinates are in the EPSG code `S`. The brand exists only for
 * the type checker: it stops degrees from reaching a function that measures in metres.
 * Values get the brand from `reproject.ts` or, at a trusted boundary (a database column
 * declared with SRID 25832), from `assumeCrs`.
 */
export type InCrs<G extends Geometry, S extends number> = G & { readonly [crsBrand]: S };

/** EUREF89 / UTM 32N, metres: Planbord's canonical storage and measuring CRS. */
export type Utm32<G extends Geometry = Geometry> = InCrs<G, 25832>;
/** WGS 84 longitude/latitude, degrees: what GeoJSON files and the map use. */
export type Wgs84<G extends Geometry = Geometry> = InCrs<G, 4326>;

/** Declares the CRS of a geometry read from a source that guarantees it. */
export function assumeCrs<S extends number, G extends Geometry>(
	geometry: G,
	_srid: S
): InCrs<G, S> {
	return geometry as InCrs<G, S>;
}
