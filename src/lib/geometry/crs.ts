import proj4 from 'proj4';
import { CrsError, ReasonUnknownCrs } from '../errors';

/** Planbord stores and measures everything in EUREF89 / UTM zone 32N (metres). */
export const CANONICAL_SRID = 25832;
/** What the browser and GeoJSON (RFC 7946) use: WGS 84 longitude/latitude in degrees. */
export const WGS84_SRID = 4326;

/*
 * Definitions copied from the EPSG registry as PostGIS ships them in spatial_ref_sys.
 * ETRS89/EUREF89 is treated as identical to WGS 84 (a null transformation, as PROJ does);
 * at the sub-metre level that is a 2020s difference of ~0.8 m, far below what plan data
 * carries. ED50 uses EPSG:1133 (-87,-98,-121), the Norway onshore parameters; NGO 1948
 * uses EPSG:1273 with the Oslo prime meridian.
 *
 * Axis order: every definition here is easting-first, as GeoJSON is. EPSG defines NTM
 * (5105-5130) and NGO 1948 (27391-27398) northing-first; readers of formats that carry
 * the EPSG order (SOSI writes N E) swap before calling reproject.
 */
const UTM_EUREF89 = (zone: number) =>
	`+proj=utm +zone=${zone} +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs`;
const NTM = (zone: number) =>
	`+proj=tmerc +lat_0=58 +lon_0=${zone}.5 +k=1 +x_0=100000 +y_0=1000000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs`;
const ED50_UTM = (zone: number) =>
	`+proj=utm +zone=${zone} +ellps=intl +towgs84=-87,-98,-121,0,0,0,0 +units=m +no_defs`;
/** NGO 1948 zone I-VIII central meridians, in degrees from Oslo (10°43'22.5" E). */
const NGO_MERIDIANS = [
	-4.666666666666667, -2.333333333333333, 0, 2.5, 6.166666666666667, 10.16666666666667,
	14.16666666666667, 18.33333333333333
];
const NGO = (lon0: number) =>
	`+proj=tmerc +lat_0=58 +lon_0=${lon0} +k=1 +x_0=0 +y_0=0 +a=6377492.018 +b=6356173.508712696 +towgs84=278.3,93,474.5,7.889,0.05,-6.61,6.21 +pm=oslo +units=m +no_defs`;

function buildDefinitions(): Map<number, string> {
	const defs = new Map<number, string>([
		[4326, '+proj=longlat +datum=WGS84 +no_defs'],
		[
			3857,
			'+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs'
		],
		[25832, UTM_EUREF89(32)],
		[25833, UTM_EUREF89(33)],
		[25835, UTM_EUREF89(35)],
		[23032, ED50_UTM(32)],
		[23033, ED50_UTM(33)]
	]);
	for (let zone = 5; zone <= 30; zone++) defs.set(5100 + zone, NTM(zone));
	NGO_MERIDIANS.forEach((lon0, i) => defs.set(27391 + i, NGO(lon0)));
	return defs;
}

const DEFINITIONS = buildDefinitions();

/** The EPSG codes Planbord can read and write. */
export const SUPPORTED_SRIDS: readonly number[] = [...DEFINITIONS.keys()];

export function isSupportedSrid(srid: number): boolean {
	return DEFINITIONS.has(srid);
}

/** The proj4 definition of an EPSG code, or a CrsError naming the code. */
export function projDefinition(srid: number): string {
	const def = DEFINITIONS.get(srid);
	if (!def) throw new CrsError(ReasonUnknownCrs, `EPSG:${srid} is not supported`);
	return def;
}

/**
 * Reads the CRS of a name as found in files: `EPSG:25832`, `urn:ogc:def:crs:EPSG::25832`,
 * `http://www.opengis.net/def/crs/EPSG/0/25832`, or `urn:ogc:def:crs:OGC:1.3:CRS84`.
 * @example parseCrsName('urn:ogc:def:crs:EPSG::25832') // 25832
 */
export function parseCrsName(name: string): number {
	const trimmed = name.trim();
	if (/CRS84$/i.test(trimmed)) return WGS84_SRID;
	const match = /EPSG(?::[\d.]*:|:|\/[\d.]+\/)(\d+)$/i.exec(trimmed);
	const srid = match ? Number(match[1]) : NaN;
	if (!isSupportedSrid(srid)) throw new CrsError(ReasonUnknownCrs, `unknown CRS "${name}"`);
	return srid;
}

/** A proj4 converter between two supported EPSG codes (cached by proj4 per pair). */
export function converter(from: number, to: number): proj4.Converter {
	return proj4(projDefinition(from), projDefinition(to));
}
