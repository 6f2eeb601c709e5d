import { CrsError, ReasonUnknownCrs, type ErrorLocation } from '../../errors';
import { parseCrsName, WGS84_SRID } from '../../geometry/crs';

/** The CRS of a GML geometry as Planbord stores it, and how to read its positions. */
export interface GmlCrs {
	srid: number;
	/** True when the posList is northing/latitude first and must be swapped to E N / lon lat. */
	swap: boolean;
	/** Positions per coordinate tuple implied by the CRS (3 for the compound UTM + NN2000 CRSs). */
	dimension: number;
	/** Set when the CRS was read as a close equivalent. */
	note?: string;
}

/** EUREF89 UTM + NN2000 height (plan-standards.md §7): read as the 2D UTM zone, heights dropped. */
const COMPOUND: Readonly<Record<number, number>> = { 5972: 25832, 5973: 25833, 5975: 25835 };

/**
 * Reads a GML srsName. The URN and http forms carry the EPSG axis order, which is northing
 * first for NTM (5105–5130), NGO 1948 (27391–27398) and latitude first for 4258/4326; the
 * bare `EPSG:4326` form and the old `epsg.xml#` form mean x/y order, as GDAL's GML driver
 * reads them (checked with GDAL 3.6.2).
 * @example readSrsName('http://www.opengis.net/def/crs/EPSG/0/5110') // { srid: 5110, swap: true, dimension: 2 }
 */
export function readSrsName(name: string, where: ErrorLocation = {}): GmlCrs {
	const trimmed = name.trim();
	if (/CRS84$/i.test(trimmed)) return { srid: WGS84_SRID, swap: false, dimension: 2 };
	const legacy = /epsg\.xml#(\d+)$/i.exec(trimmed);
	const code = Number(legacy?.[1] ?? /EPSG(?::[\d.]*:|:|\/[\d.]+\/)(\d+)$/i.exec(trimmed)?.[1]);
	const epsgOrder = !legacy && /^(urn:|https?:)/i.test(trimmed);
	const compound = COMPOUND[code];
	if (compound) return { srid: compound, swap: false, dimension: 3 };
	if (code === 4258) {
		const note =
			'ETRS89 (EPSG:4258) read as WGS 84 (EPSG:4326); they differ by under 1 m in Norway';
		return { srid: WGS84_SRID, swap: epsgOrder, dimension: 2, note };
	}
	try {
		const srid = parseCrsName(`EPSG:${code}`);
		return { srid, swap: epsgOrder && isNorthingFirst(srid), dimension: 2 };
	} catch {
		throw new CrsError(ReasonUnknownCrs, `unknown CRS "${name}"`, where);
	}
}

/**
 * True when EPSG defines the CRS northing (or latitude) first, so GML with an EPSG URI is N E.
 * @example isNorthingFirst(5110) // true
 */
export function isNorthingFirst(srid: number): boolean {
	return srid === WGS84_SRID || (srid >= 5105 && srid <= 5130) || (srid >= 27391 && srid <= 27398);
}
