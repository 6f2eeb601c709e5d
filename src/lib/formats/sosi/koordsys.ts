import { CrsError, ReasonUnknownCrs } from '../../errors';
import { isSupportedSrid } from '../../geometry/crs';

/*
 * SOSI `...KOORDSYS` ↔ EPSG, after the SOSI 4.5 Del 1 table as nvdb sosi-reader's
 * CoordSys.java carries it (plan-standards §4.4). Only the ranges whose EPSG code
 * crs.ts can project are accepted; the rest fail with a CrsError that names the system,
 * so the user learns what the file is in rather than "unknown".
 */

/** Local municipal grids (KOORDSYS 101–110): no EPSG code exists for them. */
const LOCAL_GRIDS: Record<number, string> = {
	101: 'Oslo',
	102: 'Bærum',
	103: 'Asker',
	104: 'Lillehammer',
	105: 'Drammen',
	106: 'Bergen/Askøy'
};

/** Pairs of [first KOORDSYS, first EPSG, count, system name] for the linear ranges. */
const RANGES: readonly [number, number, number, string][] = [
	[1, 27391, 8, 'NGO 1948 akse I–VIII'],
	[19, 25829, 8, 'EUREF89 UTM zone 29–36'],
	[31, 23031, 6, 'ED50 UTM zone 31–36'],
	[59, 32629, 8, 'WGS 84 UTM zone 29–36'],
	[205, 5105, 26, 'EUREF89 NTM zone 5–30']
];

/**
 * The EPSG code of a SOSI KOORDSYS. 84 (EUREF89 geographic) is returned as 4326, as GDAL
 * and sosi.js do; EUREF89 and WGS 84 differ by under a metre in Norway (crs.ts).
 * @example sridOfKoordsys(22) // 25832
 * @example sridOfKoordsys(215) // 5115 (NTM zone 15)
 */
export function sridOfKoordsys(koordsys: number): number {
	if (koordsys === 84 || koordsys === 184) return 4326;
	if (koordsys >= 101 && koordsys <= 110) {
		const name = LOCAL_GRIDS[koordsys] ?? 'a municipality';
		throw new CrsError(
			ReasonUnknownCrs,
			`KOORDSYS ${koordsys} is the local grid of ${name}; local grids have no EPSG code ` +
				'and need the municipality’s own transformation, so Planbord cannot read them. ' +
				'Export the plan in EUREF89 UTM (KOORDSYS 22) instead'
		);
	}
	for (const [first, epsg, count, name] of RANGES) {
		if (koordsys < first || koordsys >= first + count) continue;
		const srid = epsg + koordsys - first;
		if (isSupportedSrid(srid)) return srid;
		throw new CrsError(
			ReasonUnknownCrs,
			`KOORDSYS ${koordsys} (${name}, EPSG:${srid}) is not supported by Planbord`
		);
	}
	throw new CrsError(ReasonUnknownCrs, `KOORDSYS ${koordsys} is not a known SOSI system`);
}

/**
 * The SOSI KOORDSYS for an EPSG code (the inverse of sridOfKoordsys; 4326 → 84).
 * @example koordsysOfSrid(25832) // 22
 */
export function koordsysOfSrid(srid: number): number {
	if (srid === 4326) return 84;
	for (const [first, epsg, count] of RANGES) {
		if (srid >= epsg && srid < epsg + count && isSupportedSrid(srid)) return first + srid - epsg;
	}
	throw new CrsError(ReasonUnknownCrs, `EPSG:${srid} has no SOSI KOORDSYS code`);
}
