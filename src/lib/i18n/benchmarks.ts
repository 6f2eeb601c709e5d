import type { BenchmarkIndicator } from '../efficiency/benchmarks';

export const INDICATOR_LABEL: Record<BenchmarkIndicator, string> = {
	bta_per_capacity: 'm² BTA per kapasitetsenhet',
	bta_per_user: 'm² BTA per bruker',
	utilisation: 'Utnyttelse (andel, 0,9 = 90 %)',
	bta_per_inhabitant: 'm² BTA per innbygger'
};

/** Bokmål for the benchmarks page. */
export const benchmarkUi = {
	title: 'Normtall',
	intro:
		'Normtallene er det tallene i registeret sammenlignes med: KOSTRA-gjennomsnitt, sammenlignbare kommuner og egne mål. Hvert tall har kilde og år. Endringer slår igjennom på alle sider med en gang.',
	indicator: 'Indikator',
	category: 'Kategori',
	allFormaalsbygg: 'Alle formålsbygg',
	unit: 'Enhet',
	value: 'Verdi',
	kind: 'Type',
	year: 'År',
	source: 'Kilde',
	sourceUrl: 'Lenke til kilden',
	note: 'Merknad',
	yearNote: 'Om året',
	save: 'Lagre',
	add: 'Legg til',
	delete: 'Slett',
	newHeading: 'Nytt normtall',
	saved: 'Lagret',
	deleted: 'Slettet',
	fixErrors: 'Rett feilene og lagre igjen.'
} as const;
