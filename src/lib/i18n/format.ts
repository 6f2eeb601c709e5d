const km2Format = new Intl.NumberFormat('nb-NO', {
	minimumFractionDigits: 1,
	maximumFractionDigits: 1
});

/** An area in km² as Norwegians write it: "113,6 km²". */
export function formatKm2(km2: number): string {
	return `${km2Format.format(km2)} km²`;
}

const metres = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
const degrees = new Intl.NumberFormat('nb-NO', {
	minimumFractionDigits: 5,
	maximumFractionDigits: 5
});

/** EUREF89 UTM32 coordinates as Norwegian maps print them: "N 6 633 344 Ø 580 167". */
export function formatUtm32(east: number, north: number): string {
	return `N ${metres.format(north)} Ø ${metres.format(east)}`;
}

/** Latitude/longitude in decimal degrees with hemisphere letters in bokmål. */
export function formatLatLon(lon: number, lat: number): string {
	const ns = lat >= 0 ? 'N' : 'S';
	const ew = lon >= 0 ? 'Ø' : 'V';
	return `${degrees.format(Math.abs(lat))}° ${ns} ${degrees.format(Math.abs(lon))}° ${ew}`;
}

const whole = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });

/** A length for the measure tool: metres below 10 km, else kilometres. */
export function formatLength(m: number): string {
	return m < 10_000 ? `${whole.format(m)} m` : `${oneDecimal.format(m / 1000)} km`;
}

/** An area for the measure tool: m² and dekar (daa, 1 000 m², what planners use), or km². */
export function formatArea(m2: number): string {
	if (m2 >= 1_000_000) return `${oneDecimal.format(m2 / 1_000_000)} km²`;
	return `${whole.format(m2)} m² (${oneDecimal.format(m2 / 1000)} daa)`;
}

/** A whole number with Norwegian thousands spacing: "12 345"; an em dash when unknown. */
export function formatCount(value: number | null): string {
	return value === null ? '–' : whole.format(value);
}

/** Square metres of floor area: "4 000 m²". */
export function formatM2(value: number | null): string {
	return value === null ? '–' : `${whole.format(value)} m²`;
}

/** Kroner, in millions from one million up: "8,0 mill. kr", "950 000 kr". */
export function formatNok(value: number | null): string {
	if (value === null) return '–';
	if (Math.abs(value) >= 1_000_000) return `${oneDecimal.format(value / 1_000_000)} mill. kr`;
	return `${whole.format(value)} kr`;
}

/** A share as a whole percentage: 0.873 → "87 %". */
export function formatPercent(share: number): string {
	return `${whole.format(share * 100)} %`;
}

/** A ratio with one decimal: 22.222 → "22,2". */
export function formatDecimal(value: number): string {
	return oneDecimal.format(value);
}

const twoDecimals = new Intl.NumberFormat('nb-NO', {
	minimumFractionDigits: 2,
	maximumFractionDigits: 2
});

/**
 * The area of a plan conflict: whole m² from 10 m² up, two decimals below, so a 0.3 m²
 * sliver does not read as "0 m²" (it is there, and it was reported).
 * @example formatConflictArea(0.296) // "0,30 m²"
 */
export function formatConflictArea(m2: number): string {
	return m2 >= 10 ? `${whole.format(Math.round(m2))} m²` : `${twoDecimals.format(m2)} m²`;
}
