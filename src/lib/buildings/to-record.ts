import type { Feature, MultiPolygon, Point } from 'geojson';
import { pointOnFeature } from '@turf/turf';
import { GeometryError, ReasonUnsupportedGeometryType } from '../errors';
import { CANONICAL_SRID } from '../geometry/crs';
import { reprojectGeometry } from '../geometry/reproject';
import type { Utm32 } from '../geometry/types';
import type { BuildingAttributes, BuildingGeometry, BuildingRecord } from './types';

/**
 * A building feature in any supported CRS → the stored form in EPSG:25832. A footprint's
 * position is a point on its surface (not the centroid, which can fall outside an L-shaped
 * building), so distance and point-in-zone questions always land on the building.
 */
export function toBuildingRecord(
	feature: Feature<BuildingGeometry, BuildingAttributes>,
	srid: number
): BuildingRecord {
	const geometry = reprojectGeometry(feature.geometry, srid, CANONICAL_SRID);
	const attributes = feature.properties;
	switch (geometry.type) {
		case 'Point':
			return { attributes, position: geometry as Utm32<Point>, footprint: null };
		case 'Polygon':
		case 'MultiPolygon': {
			const footprint = (
				geometry.type === 'Polygon'
					? { type: 'MultiPolygon', coordinates: [geometry.coordinates] }
					: geometry
			) as Utm32<MultiPolygon>;
			const position = pointOnFeature(footprint).geometry as Utm32<Point>;
			return { attributes, position, footprint };
		}
		default:
			throw new GeometryError(
				ReasonUnsupportedGeometryType,
				`${(geometry as { type: string }).type} is neither a footprint nor a position`,
				{ feature: attributes.buildingNumber }
			);
	}
}
