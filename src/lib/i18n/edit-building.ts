/** Bokmål for a refused save of a building's edit form (someone else saved first). */

const dateTime = new Intl.DateTimeFormat('nb-NO', {
	dateStyle: 'long',
	timeStyle: 'short',
	timeZone: 'Europe/Oslo'
});

export const editBuildingUi = {
	/**
	 * @example conflictMessage('Kari Nordmann', '2025-03-04T12:30:00Z')
	 * // "Kari Nordmann lagret endringer i bygget 4. mars 2025 kl. 13:30, etter at du åpnet skjemaet. …"
	 */
	conflictMessage: (changedBy: string | null, updatedAt: string) =>
		`${changedBy ?? 'Noen andre'} lagret endringer i bygget ${dateTime.format(new Date(updatedAt))}, ` +
		'etter at du åpnet skjemaet. Dine endringer er ikke lagret, men står fortsatt i skjemaet. ' +
		'Sammenlign med de lagrede verdiene, og lagre på nytt hvis dine verdier skal gjelde.',
	storedHeading: 'Lagret nå',
	yours: 'Ditt forslag',
	field: 'Felt',
	noDifferences: 'De lagrede verdiene er de samme som dine.',
	saveAnyway: 'Lagre mine verdier likevel',
	reload: 'Forkast mine endringer og vis de lagrede verdiene',
	badVersion:
		'Skjemaet mangler gyldig versjonsnummer, så det kan ikke avgjøres om noen andre har endret bygget siden du åpnet det. Last siden på nytt og prøv igjen.'
} as const;
