import type { FeatureCollection, MultiPolygon } from 'geojson';

/** The properties of a municipality as the API and the map see it. */
export interface MunicipalityProperties {
	number: string;
	name: string;
	role: 'old' | 'new';
	validFrom: string;
	validTo: string | null;
	/** Planar area in EPSG:25832, km². */
	areaKm2: number;
	/** [lon, lat] of a point inside the area, where its label goes. */
	labelPoint: [number, number];
	/** For a derived municipality: how it was made, e.g. "union of 0220, 0627, 0628". */
	derivedFrom: string | null;
	/** For a derived municipality: the published outline's area and the symmetric difference. */
	referenceAreaKm2: number | null;
	referenceDifferenceKm2: number | null;
	source: string;
	licence: string;
}

/** GeoJSON in EPSG:4326, as RFC 7946 requires. */
export type MunicipalityCollection = FeatureCollection<MultiPolygon, MunicipalityProperties>;
