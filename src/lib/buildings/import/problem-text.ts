import type { ImportField } from './column-mapping';
import type { ProblemCode, ProblemInput } from './problems';
import type { Cell } from './types';

/*
 * The import's bokmål text, in one place: field labels for the mapping step, one message
 * per problem code, and the note that says how coordinates were read. Placeholders:
 * {field} the field's label, {value} the cell as read, {rows} the other rows involved.
 */

/** Bokmål label of each import field, for the mapping step and for messages. */
export const FIELD_LABEL: Record<ImportField, string> = {
	buildingNumber: 'Bygningsnummer',
	name: 'Navn',
	address: 'Adresse',
	gnr: 'Gnr',
	bnr: 'Bnr',
	gnrBnr: 'Gnr/bnr',
	municipality: 'Kommune',
	category: 'Kategori',
	bta: 'BTA',
	bra: 'BRA',
	yearBuilt: 'Byggeår',
	tenure: 'Eierform',
	annualRent: 'Årlig leie',
	condition: 'Tilstandsgrad',
	maintenanceBacklog: 'Vedlikeholdsetterslep',
	value: 'Verdi',
	valueMethod: 'Verdimetode',
	valueDate: 'Verdidato',
	annualFdvuCost: 'Årlig FDVU-kostnad',
	capacity: 'Kapasitet',
	capacityUnit: 'Kapasitetsenhet',
	users: 'Antall brukere',
	x: 'Øst eller lengdegrad (x)',
	y: 'Nord eller breddegrad (y)',
	geometry: 'Geometri'
};

const PROBLEM_TEXT: Record<ProblemCode, string> = {
	'column-not-mapped': 'Ingen kolonne er valgt for {field}, som må være med',
	'mapped-column-missing': 'Kolonnen «{value}» som er valgt for {field}, finnes ikke i filen',
	'no-data-rows': 'Filen har ingen rader under overskriftsraden',
	'missing-value': '{field} mangler',
	'invalid-building-number': 'Bygningsnummeret «{value}» skal være 1–10 siffer',
	'duplicate-building-number': 'Bygningsnummeret {value} står også i rad {rows}',
	'invalid-gnr-bnr': '«{value}» er ikke gnr/bnr (skriv for eksempel 12/34)',
	'not-a-number': '{field}: «{value}» er ikke et tall',
	'ambiguous-number':
		'{field}: «{value}» kan leses både som desimaltall og med tusenskille; skriv 12500 eller 12,5',
	'not-an-integer': '{field} skal være et helt tall, ikke «{value}»',
	'negative-number': '{field} kan ikke være negativ ({value})',
	'area-not-positive': '{field} må være større enn 0 (la feltet stå tomt hvis arealet er ukjent)',
	'area-implausible': '{field} på {value} m² er over 200 000 m²; stemmer enheten?',
	'bra-exceeds-bta': 'BRA ({value} m²) er større enn BTA; etter NS 3940 er BRA en del av BTA',
	'year-out-of-range': 'Byggeåret {value} er ikke mulig (fra 1600 til i år)',
	'not-a-date': '{field}: «{value}» er ikke en dato (skriv 31.12.2024 eller 2024-12-31)',
	'condition-out-of-range': 'Tilstandsgraden «{value}» finnes ikke; NS 3424 har TG0–TG3',
	'unknown-condition': '«{value}» er ikke en tilstandsgrad (TG0–TG3)',
	'unknown-category': 'Ukjent kategori «{value}»',
	'category-not-in-register':
		'Kategorien «{value}» finnes ikke i registeret; velg skole, barnehage, sykehjem, helse, administrasjon, kultur, idrett, bolig eller teknisk',
	'unknown-municipality': '«{value}» er ikke Asker (0220), Røyken (0627) eller Hurum (0628)',
	'unknown-tenure': '«{value}» er verken eid eller leid',
	'tenure-missing': 'Eierform mangler; bygget er regnet som eid',
	'tenure-not-mapped': 'Ingen kolonne er valgt for eierform; alle byggene er regnet som eid',
	'unknown-capacity-unit':
		'Ukjent kapasitetsenhet «{value}» (elever, barn, plasser eller arbeidsplasser)',
	'unknown-value-method':
		'Ukjent verdimetode «{value}» (gjenanskaffelsesverdi, markedsverdi eller bokført verdi)',
	'capacity-unit-assumed': 'Kapasitetsenhet mangler; kategoriens vanlige enhet er brukt',
	'capacity-unit-unusual': 'Kapasitet i «{value}» er uvanlig for denne kategorien',
	'users-exceed-capacity': 'Antall brukere ({value}) er mer enn dobbelt så høyt som kapasiteten',
	'coordinates-incomplete': 'Bare én av de to koordinatene er fylt ut',
	'coordinates-unrecognised':
		'Koordinatene «{value}» er verken lengde-/breddegrad eller UTM/NTM i meter',
	'coordinates-outside-norway': 'Koordinatene «{value}» ligger utenfor Norge',
	'coordinates-far-from-asker': 'Koordinatene «{value}» ligger langt utenfor Asker',
	'position-missing': 'Raden har ingen koordinater',
	'invalid-geometry': 'Geometrien kan ikke leses som WKT eller GeoJSON',
	'unsupported-geometry': 'Bare punkt, flate og multiflate kan importeres',
	'unknown-crs': 'Geometrien oppgir et koordinatsystem Planbord ikke støtter',
	'position-required':
		'Bygningsnummeret {value} finnes ikke i registeret; et nytt bygg må ha koordinater eller geometri'
};

/**
 * The bokmål message for a problem.
 * @example problemText({ rowNumber: 3, column: 'Navn', field: 'name', code: 'missing-value', value: null }) // 'Navn mangler'
 */
export function problemText(problem: ProblemInput): string {
	return PROBLEM_TEXT[problem.code]
		.replace('{field}', problem.field ? FIELD_LABEL[problem.field] : (problem.column ?? ''))
		.replace('{value}', formatCell(problem.value))
		.replace('{rows}', listRows(problem.relatedRows ?? []));
}

function formatCell(value: Cell): string {
	if (value === null) return '';
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
	if (typeof value === 'number') return String(value).replace('.', ',');
	return value.trim();
}

function listRows(rows: number[]): string {
	if (rows.length < 2) return rows.join('');
	return `${rows.slice(0, -1).join(', ')} og ${rows[rows.length - 1]}`;
}

const CRS_LABEL: Record<number, string> = {
	4326: 'WGS 84',
	25832: 'EUREF89 UTM32',
	25833: 'EUREF89 UTM33',
	5110: 'EUREF89 NTM sone 10'
};

/**
 * Says how a coordinate pair was read, for the dry run.
 * @example coordinateNote(25832, false) // 'tolket som EUREF89 UTM32 (øst/nord)'
 */
export function coordinateNote(srid: number, swapped: boolean, declared = false): string {
	const label = CRS_LABEL[srid] ?? `EPSG:${srid}`;
	const degrees = srid === 4326;
	const order = degrees
		? swapped
			? 'breddegrad/lengdegrad, byttet om'
			: 'lengdegrad/breddegrad'
		: swapped
			? 'nord/øst, byttet om'
			: 'øst/nord';
	return `${declared ? 'oppgitt som' : 'tolket som'} ${label} (${order})`;
}
