import type { Geometry } from 'geojson';
import type { Zone } from '../../zones/types';
import type { ZoneReason } from '../../zones/reasons';
import type { GeoPackageLibraryOptions } from '../gpkg/load-libraries';

/** What an import changed, so the planner sees it before the zones are stored. */
export type ZoneImportNote =
	| {
			/** The file was in another CRS; every zone was transformed to EPSG:25832. */
			kind: 'reprojected';
			zoneId: null;
			zoneName: null;
			fromSrid: number;
			detail: string;
	  }
	| {
			/**
			 * The zone was invalid and repairPolygon fixed it: a ring crossing itself became its
			 * lobes, a hole outside the zone was dropped, overlapping parts were joined, an open
			 * ring was closed. `reason` is worded by `zoneReasonText` in `$lib/i18n/zones`.
			 */
			kind: 'repaired';
			zoneId: string;
			zoneName: string;
			reason: ZoneReason;
			/** m² as drawn in the file (`planarArea`, lobes of a bow-tie counted against each other). */
			areaBefore: number;
			/** m² after the repair. */
			areaAfter: number;
			detail: string;
	  }
	| {
			/** Heights (Z) or measures (M) were dropped: zones are planar. */
			kind: 'dimensions-dropped';
			zoneId: null;
			zoneName: null;
			detail: string;
	  }
	| {
			/** The file's ids were missing for some zones or not unique, so every zone got a new one. */
			kind: 'ids-generated';
			zoneId: null;
			zoneName: null;
			detail: string;
	  }
	| {
			/** `count` zones had no name and were called "Sone N" (N: the place in the file). */
			kind: 'names-generated';
			zoneId: null;
			zoneName: null;
			count: number;
			detail: string;
	  };

/** Zones read from a file: in EPSG:25832 with RFC 7946 ring order, whatever the file used. */
export interface ZoneImport {
	zones: Zone[];
	/** The EPSG code the file was in. */
	sourceCrs: number;
	notes: ZoneImportNote[];
}

export interface ReadZonesOptions extends GeoPackageLibraryOptions {
	/** Refuse larger files (default MAX_ZONE_FILE_BYTES). */
	maxBytes?: number;
	/** The GeoPackage layer to read when the file has several polygon layers. */
	layer?: string;
}

/** A feature as a format reader found it, before any check or change. */
export interface RawZoneFeature {
	properties: Record<string, unknown>;
	/** GeoJSON's Feature `id` member; the GeoPackage fid is not an id a planner gave. */
	featureId?: unknown;
	/** As read; may be anything in a GeoJSON file. */
	geometry: Geometry | null;
}

/** What a format reader hands to buildZones. */
export interface RawZoneFile {
	features: RawZoneFeature[];
	srid: number;
	/** GeoPackage geometries already lost their Z/M in decoding; GeoJSON ones lose it later. */
	droppedDimensions: boolean;
}
