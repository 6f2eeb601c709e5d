import { PlanbordError, type Reason } from '../errors';

/** Bokmål text for every error reason: what went wrong, for a user or an operator. */
const REASON_TEXT: Record<Reason, string> = {
	'unknown-crs': 'Ukjent eller ikke støttet koordinatsystem',
	'coordinates-outside-crs': 'Koordinatene passer ikke med koordinatsystemet',
	'invalid-geometry': 'Ugyldig geometri',
	'unsupported-geometry-type': 'Geometritypen støttes ikke her',
	'malformed-geojson': 'Filen er ikke gyldig GeoJSON',
	'malformed-csv': 'Filen er ikke gyldig CSV',
	'unreadable-spreadsheet': 'Regnearket kan ikke leses (skadet eller ikke en XLSX-fil)',
	'empty-file': 'Filen er tom',
	'file-too-large': 'Filen er for stor',
	'unsupported-file-type': 'Filtypen støttes ikke (bruk XLSX, CSV eller GeoJSON)',
	'missing-position': 'Et nytt bygg må ha koordinater',
	'import-has-errors': 'Filen har feil; ingenting er lagret',
	'overlay-failed': 'En geometrioperasjon feilet',
	'database-unreachable': 'Får ikke kontakt med databasen',
	'database-auth-failed': 'Databasen avviste brukernavn eller passord',
	'database-missing': 'Databasen finnes ikke på serveren',
	'postgis-missing': 'PostGIS er ikke installert på databaseserveren',
	'data-folder-unreadable': 'Kan ikke åpne datamappen for den innebygde databasen',
	'tile-out-of-range': 'Kartflisen finnes ikke (z/x/y utenfor gyldig område)',
	'unknown-layer': 'Ukjent kartlag',
	'malformed-sosi': 'SOSI-filen kan ikke leses',
	'unknown-charset': 'SOSI-filen oppgir et tegnsett Planbord ikke kjenner',
	'missing-curve': 'En flate viser til en kurve som ikke finnes i filen',
	'unclosed-ring': 'En flate er ikke lukket (kurvene henger ikke sammen)',
	'malformed-gml': 'GML-filen kan ikke leses',
	'xml-doctype-forbidden':
		'XML-filen inneholder en DOCTYPE/DTD, som ikke er tillatt (kan skjule eksterne referanser eller entitetsbomber)',
	'not-a-plan': 'Filen inneholder ingen arealplanobjekter',
	'merge-failed': 'Sammenslåingen av planene kunne ikke fullføres',
	'unknown-municipality':
		'Planen hører ikke til Asker (0220), Røyken (0627) eller Hurum (0628) – oppgi kommunenummer',
	'plan-not-found': 'Planen finnes ikke',
	'proposal-not-found': 'Forslaget til lokalområder finnes ikke',
	'version-not-found': 'Versjonen finnes ikke for dette forslaget',
	'version-conflict':
		'Forslaget er lagret av noen andre etter at du begynte; hent den nyeste versjonen og gjør endringene dine på nytt',
	'proposal-has-problems':
		'Forslaget har overlapp, hull eller soner utenfor kommunen; bare et utkast kan lagres slik',
	'proposal-has-no-zones': 'Forslaget har ingen lokalområder',
	'invalid-zone-geometry': 'Et lokalområde har ugyldig geometri',
	'duplicate-zone': 'To lokalområder har samme id',
	'invalid-request': 'Forespørselen er ikke gyldig',
	'malformed-geopackage': 'GeoPackage-filen kan ikke leses (skadet eller ikke en GeoPackage)',
	'no-polygon-layer': 'GeoPackage-filen har ikke noe lag med flater',
	'several-polygon-layers':
		'GeoPackage-filen har flere lag med flater; velg hvilket som skal leses',
	'empty-geometry': 'Et objekt i filen mangler geometri',
	'zero-area-polygon': 'En flate i filen har ikke noe areal (alle punktene ligger på en linje)'
};

/** How to fix the start-up problems an operator can meet. */
const REASON_FIX: Partial<Record<Reason, string>> = {
	'database-unreachable':
		'Sjekk at PostgreSQL kjører og at vert og port i DATABASE_URL stemmer, eller fjern DATABASE_URL for å bruke den innebygde databasen.',
	'database-auth-failed': 'Rett brukernavn/passord i DATABASE_URL.',
	'database-missing': 'Opprett databasen (createdb) eller rett navnet i DATABASE_URL.',
	'postgis-missing':
		'Installer PostGIS på serveren (Debian: apt-get install postgresql-15-postgis-3).',
	'data-folder-unreadable':
		'Flytt mappen bort (den slettes ikke automatisk) eller pek PLANBORD_DATA_DIR til en annen mappe.'
};

export function reasonText(reason: Reason): string {
	return REASON_TEXT[reason];
}

/** One line for a log or a terminal: the reason in bokmål, the technical detail, and a fix. */
export function describeError(error: unknown): string {
	if (!(error instanceof PlanbordError)) {
		return `Planbord: uventet feil: ${error instanceof Error ? error.message : String(error)}`;
	}
	const fix = REASON_FIX[error.reason];
	return `Planbord: ${reasonText(error.reason)}: ${error.message}.${fix ? ` ${fix}` : ''}`;
}
