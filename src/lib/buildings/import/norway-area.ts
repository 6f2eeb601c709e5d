/*
 * Rough outlines for sanity checks on imported coordinates, WGS 84 [lon, lat]. Not for
 * measuring anything.
 *
 * NORWAY is mainland Norway with its islands, drawn by hand about 10–20 km seaward of the
 * coast and along the borders with Sweden, Finland and Russia to within about 10 km
 * (border towns checked: Halden, Ørje, Magnor, Kongsvinger, Trysil, Mo i Rana, Narvik
 * inside; Strömstad, Charlottenberg, Torsby, Sälen, Tärnaby, Abisko, Utsjoki outside).
 * Svalbard and Jan Mayen are left out: the municipality has no buildings there.
 *
 * ASKER is the bounding box of the three old municipalities (0220, 0627, 0628; from
 * geodata/municipalities/kommuner_2019_0220_0627_0628_csmaps.geojson: 10.311–10.617 E,
 * 59.517–59.906 N) widened by about 5 km on every side.
 */
const NORWAY: readonly (readonly [number, number])[] = [
	[4.4, 58.6],
	[4.3, 61.5],
	[4.8, 62.5],
	[7.2, 63.5],
	[8.5, 64.2],
	[10.5, 65.3],
	[11.8, 66.6],
	[11.5, 67.6],
	[15.5, 69.5],
	[18.2, 70.3],
	[20.5, 70.5],
	[22.5, 70.9],
	[24.0, 71.3],
	[26.0, 71.4],
	[28.5, 71.3],
	[31.2, 70.9],
	[31.5, 70.2],
	// Russia, down the Pasvik valley.
	[30.85, 69.79],
	[30.15, 69.65],
	[30.1, 69.45],
	[29.5, 69.2],
	[28.93, 69.05],
	// Finland, up the Pasvik valley and along the Tana.
	[29.35, 69.45],
	[29.15, 69.72],
	[28.4, 69.85],
	[28.2, 70.05],
	[27.0, 69.93],
	[26.5, 69.85],
	[25.85, 69.5],
	[25.7, 68.9],
	[24.9, 68.57],
	[23.6, 68.72],
	[22.4, 68.72],
	[22.2, 68.95],
	[21.3, 69.28],
	[20.55, 69.06],
	// Sweden, from Treriksrøysa to the Iddefjord.
	[20.0, 68.55],
	[18.12, 68.5],
	[17.9, 68.1],
	[16.65, 67.55],
	[16.4, 67.15],
	[15.7, 66.85],
	[15.1, 66.25],
	[14.5, 65.6],
	[14.1, 65.0],
	[14.1, 64.5],
	[13.6, 64.05],
	[12.7, 63.6],
	[12.15, 63.3],
	[12.2, 62.9],
	[12.25, 62.4],
	[12.3, 61.9],
	[12.9, 61.35],
	[12.6, 60.8],
	[12.5, 60.2],
	[12.25, 59.9],
	[11.75, 59.5],
	[11.55, 59.1],
	[11.25, 59.08],
	[11.05, 58.98],
	// The Skagerrak coast, clear of Skagen.
	[10.6, 58.85],
	[9.8, 58.75],
	[8.9, 58.3],
	[8.0, 57.95],
	[7.0, 57.85],
	[5.8, 58.3]
];

const ASKER = { west: 10.21, south: 59.47, east: 10.72, north: 59.95 };

/**
 * True when a WGS 84 point lies in (rough) mainland Norway or its coastal waters.
 * @example isInNorway(10.43, 59.83) // true (Asker); isInNorway(18.07, 59.33) // false (Stockholm)
 */
export function isInNorway(lon: number, lat: number): boolean {
	if (lon < BOX.west || lon > BOX.east || lat < BOX.south || lat > BOX.north) return false;
	let inside = false;
	for (let i = 0, j = LONS.length - 1; i < LONS.length; j = i++) {
		const xi = LONS[i] as number;
		const yi = LATS[i] as number;
		const xj = LONS[j] as number;
		const yj = LATS[j] as number;
		if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) {
			inside = !inside;
		}
	}
	return inside;
}

// Flat copies and a bounding box: this runs for every candidate reading of every row.
const LONS = Float64Array.from(NORWAY, (p) => p[0]);
const LATS = Float64Array.from(NORWAY, (p) => p[1]);
const BOX = {
	west: Math.min(...LONS),
	east: Math.max(...LONS),
	south: Math.min(...LATS),
	north: Math.max(...LATS)
};

/**
 * True when a WGS 84 point lies within about 5 km of Asker, Røyken or Hurum.
 * @example isNearAsker(10.43, 59.83) // true; isNearAsker(10.75, 59.91) // false (Oslo)
 */
export function isNearAsker(lon: number, lat: number): boolean {
	return lon >= ASKER.west && lon <= ASKER.east && lat >= ASKER.south && lat <= ASKER.north;
}

/** Squared distance to Asker in degrees of latitude, for ranking candidate readings. */
export function distanceToAskerSquared(lon: number, lat: number): number {
	const dx = (lon - 10.46) * Math.cos((59.71 * Math.PI) / 180);
	const dy = lat - 59.71;
	return dx * dx + dy * dy;
}
