const km2Format = new Intl.NumberFormat('nb-NO', {
	minimumFractionDigits: 1,
	maximumFractionDigits: 1
});

/** An area in km² as Norwegians write it: "113,6 km²". */
export function formatKm2(km2: number): string {
	return `${km2Format.format(km2)} km²`;
}
