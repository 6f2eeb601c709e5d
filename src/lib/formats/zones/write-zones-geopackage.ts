import type { MultiPolygon } from 'geojson';
import { planarArea } from '../../geometry/area';
import type { Zone } from '../../zones/types';
import { orientRings } from '../gml/orient-rings';
import type { GeoPackageLibraryOptions } from '../gpkg/load-libraries';
import { SRS_25832 } from '../gpkg/srs-definitions';
import { writeGeoPackage } from '../gpkg/write-geopackage';

export interface WriteZonesGeoPackageOptions extends GeoPackageLibraryOptions {
	/** The feature table's name (default `lokalomrader`). */
	layerName?: string;
}

/**
 * Writes zones as a GeoPackage with one MULTIPOLYGON layer in EPSG:25832: columns
 * `zone_id`, `name` and `area_m2` (planar, to the cm²). Polygon zones are written as
 * one-part MultiPolygons, since a layer has one geometry type; readZonesFile unwraps them.
 * @example await writeZonesGeoPackage(zones) // Uint8Array starting 'SQLite format 3'
 */
export async function writeZonesGeoPackage(
	zones: readonly Zone[],
	{ layerName = 'lokalomrader', ...options }: WriteZonesGeoPackageOptions = {}
): Promise<Uint8Array> {
	return writeGeoPackage(
		{
			name: layerName,
			description: 'Lokalområder (Planbord)',
			geometryType: 'MULTIPOLYGON',
			srs: SRS_25832,
			columns: [
				{ name: 'zone_id', type: 'TEXT' },
				{ name: 'name', type: 'TEXT' },
				{ name: 'area_m2', type: 'REAL' }
			],
			features: zones.map((zone) => {
				const oriented = orientRings(zone.geometry);
				const geometry: MultiPolygon =
					oriented.type === 'Polygon'
						? { type: 'MultiPolygon', coordinates: [oriented.coordinates] }
						: oriented;
				return {
					properties: {
						zone_id: zone.id,
						name: zone.name,
						area_m2: Math.round(planarArea(zone.geometry) * 100) / 100
					},
					geometry
				};
			})
		},
		options
	);
}
