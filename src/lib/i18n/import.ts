/** Bokmål for the import and export page. */
export const importUi = {
	title: 'Import og eksport av byggregisteret',
	exportHeading: 'Eksport',
	exportIntro:
		'Registeret kan lastes ned og leses inn igjen uendret. Rapporten har arealeffektivitet per kategori og kommune med normtall.',
	register: 'Byggregister',
	report: 'Arealeffektivitet (rapport)',
	importHeading: 'Import',
	importIntro:
		'Les inn XLSX, CSV (semikolon- eller kommadelt) eller GeoJSON fra FDVU-systemene. Bygg kobles på bygningsnummer. Først en prøvekjøring som viser alle problemer; ingenting lagres før du velger «Lagre i registeret», og da lagres alt eller ingenting. Kolonner som ikke er med i filen, beholder verdiene i registeret.',
	file: 'Fil',
	dryRun: 'Prøvekjør',
	commit: 'Lagre i registeret',
	mappingHeading: 'Kolonner',
	mappingIntro: 'Sjekk at hver opplysning hentes fra riktig kolonne.',
	notInFile: '(ikke med)',
	field: 'Opplysning',
	column: 'Kolonne i filen',
	previewHeading: 'Forhåndsvisning',
	resultHeading: 'Prøvekjøring',
	summary: (rows: number, inserted: number, updated: number, unchanged: number) =>
		`${rows} rader: ${inserted} nye, ${updated} endret, ${unchanged} uendret.`,
	problemCount: (errors: number, warnings: number) => `${errors} feil og ${warnings} advarsler.`,
	canCommit: 'Ingen feil: filen kan lagres.',
	cannotCommit: 'Filen har feil. Rett dem i filen (eller kolonnevalget) og prøvekjør igjen.',
	row: 'Rad',
	severity: 'Type',
	message: 'Problem',
	error: 'Feil',
	warning: 'Advarsel',
	truncated: (shown: number, total: number) => `Viser de første ${shown} av ${total} problemer.`,
	committed: (file: string, inserted: number, updated: number, unchanged: number) =>
		`${file} er lagret: ${inserted} nye, ${updated} endret, ${unchanged} uendret.`,
	cli: 'Samme import fra kommandolinjen (for nattlige kjøringer): npm run buildings -- import <fil> [--dry-run]'
} as const;
