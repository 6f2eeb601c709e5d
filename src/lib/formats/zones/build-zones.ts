import type { MultiPolygon, Polygon } from 'geojson';
import {
	GeometryError,
	ParseError,
	ReasonEmptyFile,
	ReasonInvalidGeometry,
	ReasonZeroAreaPolygon
} from '../../errors';
import { CANONICAL_SRID } from '../../geometry/crs';
import { reprojectGeometry } from '../../geometry/reproject';
import { ReasonNonFiniteCoordinates } from '../../zones/reasons';
import { repairPolygon } from '../../zones/repair-polygon';
import type { Zone, ZoneGeometry } from '../../zones/types';
import { orientRings } from '../gml/orient-rings';
import { checkCoordinates } from './check-coordinates';
import { checkZoneGeometry } from './check-zone-geometry';
import { pickZoneIds, zoneName } from './pick-zone-attributes';
import type { RawZoneFile, ZoneImport, ZoneImportNote } from './types';

/**
 * Turns what a reader found into zones, the same way for every format: names and ids from
 * the attributes, geometry checked, coordinates checked against the declared CRS,
 * reprojected to EPSG:25832, repaired by repairPolygon (each repair noted with the area
 * before and after), rings in RFC 7946 order. A zone that cannot be made valid refuses the
 * whole file: an import stores all zones or none. A one-part MultiPolygon becomes a
 * Polygon, so a Polygon zone written to a GeoPackage (always MULTIPOLYGON) reads back as
 * it was.
 * @example buildZones(readZonesGeoJson(text, 'soner.geojson'), 'soner.geojson').zones
 */
export function buildZones(raw: RawZoneFile, fileName: string): ZoneImport {
	if (raw.features.length === 0) {
		throw new ParseError(ReasonEmptyFile, 'the file holds no zones', { file: fileName });
	}
	const notes: ZoneImportNote[] = [];
	const given = raw.features.map((f) => zoneName(f.properties));
	const names = given.map((name, i) => name ?? `Sone ${i + 1}`);
	const { ids, note: idNote } = pickZoneIds(raw.features);

	let droppedDimensions = raw.droppedDimensions;
	const zones = raw.features.map((feature, i): Zone => {
		const where = { file: fileName, feature: names[i]! };
		const checked = checkZoneGeometry(feature.geometry, where);
		droppedDimensions ||= checked.droppedDimensions;
		checkCoordinates(checked.geometry, raw.srid, where);
		const inCanonical = reprojectGeometry(checked.geometry, raw.srid, CANONICAL_SRID);
		const result = repairPolygon(inCanonical);
		if (!result.geometry) {
			if (result.reason === ReasonNonFiniteCoordinates) {
				throw new GeometryError(ReasonInvalidGeometry, 'a coordinate cannot be transformed', where);
			}
			throw new GeometryError(ReasonZeroAreaPolygon, 'the polygon encloses no area', where);
		}
		if (result.repaired && result.reason) {
			const areaBefore = result.area - result.areaChange;
			notes.push({
				kind: 'repaired',
				zoneId: ids[i]!,
				zoneName: names[i]!,
				reason: result.reason,
				areaBefore,
				areaAfter: result.area,
				detail: `${result.reason} repaired: ${formatArea(areaBefore)} → ${formatArea(result.area)}`
			});
		}
		return { id: ids[i]!, name: names[i]!, geometry: normalise(result.geometry) };
	});

	const fileNotes: ZoneImportNote[] = [];
	if (raw.srid !== CANONICAL_SRID) {
		fileNotes.push({
			kind: 'reprojected',
			zoneId: null,
			zoneName: null,
			fromSrid: raw.srid,
			detail: `transformed from EPSG:${raw.srid} to EPSG:${CANONICAL_SRID}`
		});
	}
	if (droppedDimensions) {
		fileNotes.push({
			kind: 'dimensions-dropped',
			zoneId: null,
			zoneName: null,
			detail: 'heights (Z) or measures (M) were dropped; zones are flat'
		});
	}
	if (idNote) fileNotes.push(idNote);
	const unnamed = given.filter((name) => name === null).length;
	if (unnamed > 0) {
		fileNotes.push({
			kind: 'names-generated',
			zoneId: null,
			zoneName: null,
			count: unnamed,
			detail: `${unnamed} zone(s) without a name were called "Sone N" by their place in the file`
		});
	}
	return { zones, sourceCrs: raw.srid, notes: [...fileNotes, ...notes] };
}

function normalise(geometry: ZoneGeometry): ZoneGeometry {
	const oriented = orientRings<Polygon | MultiPolygon>(geometry);
	const single =
		oriented.type === 'MultiPolygon' && oriented.coordinates.length === 1
			? { type: 'Polygon' as const, coordinates: oriented.coordinates[0]! }
			: oriented;
	return single as ZoneGeometry;
}

function formatArea(m2: number): string {
	return `${m2.toFixed(1)} m²`;
}
