import type { PlanObjectKind } from '../types';

/** The file format a sample plan is written in; attribute names follow that format. */
export type SampleFormat = 'gml' | 'sosi' | 'geojson';

/** Adoption facts of a sample plan (invented, like the plan). */
export interface AdoptionDates {
	/** Date of the final vote, YYYY-MM-DD. */
	adopted: string;
	/** Date the plan came into force, YYYY-MM-DD. */
	inForce: string;
	/** LOVREFERANSE: 6 PBL 2008, 4 PBL 1985 (plan-codes.ts). */
	lovreferanse: number;
}

/**
 * The attributes of one sample feature, named as the format's own files name them (NPAD
 * property names in GML and GeoJSON, SOSI names in SOSI) so a reader finds them where real
 * files have them. Every feature gets dates, because the GML writer otherwise stamps the
 * time of writing and the files would differ on every run.
 * @example sampleAttributes('sosi', '0627', 'zone', dates, 'Flomfare', id) // { 'IDENTIFIKASJON.LOKALID': id, …, BESKRIVELSE: 'Flomfare' }
 */
export function sampleAttributes(
	format: SampleFormat,
	municipality: string,
	kind: PlanObjectKind,
	dates: AdoptionDates,
	description: string | null,
	objectId: string
): Record<string, string | number> {
	const navnerom = `urn:planbord:eksempeldata:kommuneplan:${municipality}`;
	const planArea = kind === 'planarea';
	if (format === 'sosi') {
		const digits = (date: string) => Number(date.replace(/-/g, ''));
		return {
			// LOKALID first: the writer fills it in place, and SOSI lists it before NAVNEROM.
			'IDENTIFIKASJON.LOKALID': objectId,
			'IDENTIFIKASJON.NAVNEROM': navnerom,
			FØRSTEDIGITALISERINGSDATO: digits(dates.inForce) * 1_000_000,
			OPPDATERINGSDATO: digits(dates.inForce) * 1_000_000,
			...(planArea && {
				PLANTYPE: 20,
				PLANSTAT: 3,
				LOVREFERANSE: dates.lovreferanse,
				VEDTAKENDELIGPLANDATO: digits(dates.adopted),
				IKRAFT: digits(dates.inForce)
			}),
			...(description !== null && { BESKRIVELSE: description })
		};
	}
	return {
		'identifikasjon.navnerom': navnerom,
		førsteDigitaliseringsdato: `${dates.inForce}T00:00:00`,
		oppdateringsdato: `${dates.inForce}T00:00:00`,
		...(planArea && {
			plantype: 20,
			planstatus: 3,
			lovreferanse: dates.lovreferanse,
			ikrafttredelsesdato: dates.inForce,
			vedtakEndeligPlanDato: dates.adopted
		}),
		...(description !== null && { beskrivelse: description })
	};
}
