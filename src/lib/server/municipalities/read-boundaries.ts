import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiPolygon } from 'geojson';
import { ParseError, ReasonMalformedGeoJson, ReasonUnsupportedGeometryType } from '$lib/errors';
import { parseGeoJson } from '$lib/formats/geojson/parse';
import { CANONICAL_SRID } from '$lib/geometry/crs';
import { reprojectGeometry } from '$lib/geometry/reproject';
import type { Utm32 } from '$lib/geometry/types';

export interface Boundary {
	number: string;
	name: string;
	geometry: Utm32<MultiPolygon>;
	/** For error messages: which file and feature this came from. */
	file: string;
}

/**
 * Reads the municipalities `numbers` from a GeoJSON file (property `kommunenummer`, kept as
 * a 4-character string) and returns them as MultiPolygons in EPSG:25832.
 */
export function readBoundaries(folder: string, file: string, numbers: string[]): Boundary[] {
	const { features, srid } = parseGeoJson(readFileSync(join(folder, file), 'utf8'), {
		fileName: file
	});
	return numbers.map((number) => {
		const feature = features.find((f) => String(f.properties?.kommunenummer) === number);
		if (!feature) {
			throw new ParseError(ReasonMalformedGeoJson, `no feature with kommunenummer ${number}`, {
				file
			});
		}
		const g = feature.geometry;
		if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
			throw new ParseError(ReasonUnsupportedGeometryType, `${g.type} is not an area`, {
				file,
				feature: number
			});
		}
		const multi: MultiPolygon =
			g.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [g.coordinates] } : g;
		return {
			number,
			name: String(feature.properties?.kommunenavn ?? number),
			geometry: reprojectGeometry(multi, srid, CANONICAL_SRID),
			file
		};
	});
}
