import { formatCount } from './format';

/** Bokmål for comparing proposals and viewing saved versions: one place for every label. */

const km2 = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const signedKm2 = new Intl.NumberFormat('nb-NO', {
	minimumFractionDigits: 2,
	maximumFractionDigits: 2,
	signDisplay: 'exceptZero'
});

/**
 * An area in km² with two decimals, and in whole m² too below 1 km², so a small change never
 * reads as just "0,00 km²".
 * @example formatChangedArea(7308) // "0,01 km² (7 308 m²)"
 */
export function formatChangedArea(m2: number): string {
	const main = `${km2.format(m2 / 1_000_000)} km²`;
	return m2 > 0 && m2 < 1_000_000 ? `${main} (${formatCount(Math.round(m2))} m²)` : main;
}

/** A signed km² change with two decimals: "+0,10 km²", "−0,10 km²", "0,00 km²". */
export function formatAreaChange(m2: number): string {
	return `${signedKm2.format(m2 / 1_000_000).replace('-', '−')} km²`;
}

export const COMPARE_TEXT = {
	title: 'Sammenlign forslag',
	side: { a: 'A', b: 'B' } as const,
	proposalHeading: (side: string, name: string, version: number) =>
		`${side}: ${name}, versjon ${version}`,
	mapLabel: (side: string, name: string) =>
		`Kart over forslag ${side} (${name}). Ulik soneinndeling er skravert.`,
	syncNote:
		'Kartene følger hverandre: flytter eller zoomer du i det ene, gjør det andre det samme. Soneinndelinger som er ulike i A og B, er skravert i begge kartene.',
	legend: 'Tegnforklaring',
	legendDifference: 'Skravert, lilla: ulik sone i A og B, eller dekket av bare ett av forslagene',
	legendZones: 'Farget flate med navn: en sone i forslaget',
	legendBoundary: 'Stiplet blå linje: kommunegrensen',
	summary: 'Oppsummering',
	changedArea: 'Areal med ulik soneinndeling',
	pieces: (n: number) => (n === 1 ? '1 sammenhengende område' : `${n} sammenhengende områder`),
	zoneCounts: (a: number, b: number) => `${a} soner i A, ${b} soner i B`,
	zones: 'Antall soner',
	onlyInA: 'Soner bare i A',
	onlyInB: 'Soner bare i B',
	none: 'Ingen',
	identical: 'Forslagene deler kommunen likt: ingen områder har ulik sone.',
	differences: 'Områder med ulik sone',
	differencesCaption: 'Områder med ulik sone, største først',
	zoneInA: 'Sone i A',
	zoneInB: 'Sone i B',
	noZone: 'ingen sone',
	area: 'Areal',
	moreDifferences: (n: number) => `… og ${n} mindre områder`,
	zoneChanges: 'Arealendring per sone',
	zoneChangesCaption: 'Soner som finnes i begge forslagene, med areal i A og B',
	matchedBy: 'Koblet på',
	matchedById: 'samme sone',
	matchedByOverlap: 'størst felles areal',
	areaA: 'Areal A',
	areaB: 'Areal B',
	change: 'Endring',
	statsCaption: (side: string, name: string) => `Nøkkeltall per sone – ${side}: ${name}`,
	statistics: 'Nøkkeltall',
	swap: 'Bytt om A og B',
	openEditor: 'Åpne i redigering',
	errorTitle: 'Kan ikke sammenligne',
	missingIds: 'Velg to forslag å sammenligne: adressen må ha både a= og b=.',
	badId: (value: string) => `«${value}» er ikke et gyldig forslagsnummer.`,
	badVersion: (value: string) => `«${value}» er ikke et gyldig versjonsnummer.`,
	proposalNotFound: (id: number) => `Forslag ${id} finnes ikke.`,
	versionNotFound: (id: number, version: number) => `Forslag ${id} har ingen versjon ${version}.`,
	backToList: 'Tilbake til forslagene'
} as const;

export const VERSION_TEXT = {
	title: (name: string, version: number) => `${name}, versjon ${version}`,
	mapLabel: (name: string, version: number) => `Kart over ${name}, versjon ${version}`,
	readOnly: 'Dette er en lagret versjon. Den kan vises, men ikke endres her.',
	savedAt: (when: string) => `Lagret ${when}`,
	newest: (version: number) => `Nyeste versjon er ${version}.`,
	isNewest: 'Dette er nyeste versjon.',
	note: 'Merknad',
	backToEditor: 'Tilbake til redigering',
	compareWithNewest: 'Sammenlign med nyeste',
	statsCaption: (version: number) => `Nøkkeltall per sone i versjon ${version}`,
	errorTitle: 'Versjonen kan ikke vises',
	notFound: 'Forslaget eller versjonen finnes ikke.'
} as const;
