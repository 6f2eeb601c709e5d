import { normaliseHeader } from './normalise-key';

/**
 * The fields an import file can fill. `x`/`y` take any coordinate pair (easting/northing,
 * longitude/latitude, or the Norwegian X = north, Y = east): `detect-coordinates.ts` decides
 * the order and the CRS from the numbers. `geometry` takes WKT or GeoJSON text; `gnrBnr`
 * takes "gnr/bnr" in one column.
 */
export const IMPORT_FIELDS = [
	'buildingNumber',
	'name',
	'address',
	'gnr',
	'bnr',
	'gnrBnr',
	'municipality',
	'category',
	'bta',
	'bra',
	'yearBuilt',
	'tenure',
	'annualRent',
	'condition',
	'maintenanceBacklog',
	'value',
	'valueMethod',
	'valueDate',
	'annualFdvuCost',
	'capacity',
	'capacityUnit',
	'users',
	'x',
	'y',
	'geometry'
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Without these a row cannot become a register entry. */
export const REQUIRED_FIELDS: readonly ImportField[] = [
	'buildingNumber',
	'name',
	'municipality',
	'category'
];

/**
 * Which column fills which field: a 0-based column index, or the header text. A plain
 * object, so a mapping step in the UI can show and edit it.
 */
export type ColumnMapping = Partial<Record<ImportField, number | string>>;

/** Header variants per field, as `normaliseHeader` leaves them (Norwegian first). */
const HEADER_VARIANTS: Record<ImportField, string[]> = {
	buildingNumber: [
		'bygningsnr',
		'bygningsnummer',
		'bygnnr',
		'bygningnr',
		'bygnr',
		'byggnr',
		'byggnummer',
		'bygningsid',
		'matrikkelbygningsnr',
		'matrikkelbygningsnummer',
		'buildingnumber',
		'buildingno',
		'buildingnr',
		'buildingid'
	],
	name: ['navn', 'bygningsnavn', 'byggnavn', 'bygg', 'bygning', 'objektnavn', 'name'],
	address: ['adresse', 'gateadresse', 'besoksadresse', 'bygningsadresse', 'address'],
	gnr: ['gnr', 'gardsnr', 'gardsnummer', 'gardnr'],
	bnr: ['bnr', 'bruksnr', 'bruksnummer'],
	gnrBnr: [
		'gnrbnr',
		'gbnr',
		'gardsogbruksnummer',
		'gardsogbruksnr',
		'matrikkelnr',
		'matrikkelnummer'
	],
	municipality: [
		'kommune',
		'kommunenr',
		'kommunenummer',
		'knr',
		'komnr',
		'kommunenavn',
		'kommunekode',
		'tidligerekommune',
		'municipality',
		'municipalitynumber',
		'municipalitycode'
	],
	category: [
		'kategori',
		'bygningskategori',
		'byggkategori',
		'formal',
		'bygningsformal',
		'bygningstype',
		'byggtype',
		'type',
		'funksjon',
		'category',
		'buildingcategory',
		'buildingtype'
	],
	bta: ['bta', 'bruttoareal', 'arealbta', 'btaareal', 'grossarea', 'grossfloorarea'],
	bra: ['bra', 'bruksareal', 'arealbra', 'braareal', 'usablearea', 'usablefloorarea'],
	yearBuilt: ['byggear', 'byggeaar', 'byggar', 'oppforingsar', 'arbygget', 'yearbuilt', 'built'],
	tenure: [
		'eierform',
		'eierforhold',
		'eidleid',
		'eidellerleid',
		'eierskap',
		'disposisjonsform',
		'tenure',
		'ownership'
	],
	annualRent: ['husleie', 'leie', 'arsleie', 'arligleie', 'leiekostnad', 'rent', 'annualrent'],
	condition: ['tilstandsgrad', 'tg', 'tilstand', 'samlettilstandsgrad', 'condition'],
	maintenanceBacklog: ['vedlikeholdsetterslep', 'etterslep', 'maintenancebacklog', 'backlog'],
	value: ['verdi', 'bygningsverdi', 'takst', 'takstverdi', 'value', 'buildingvalue'],
	valueMethod: [
		'verdimetode',
		'verdsettelsesmetode',
		'takstmetode',
		'verdigrunnlag',
		'valuemethod',
		'valuationmethod'
	],
	valueDate: ['verdidato', 'takstdato', 'verdsettelsesdato', 'valuedate', 'valuationdate'],
	annualFdvuCost: [
		'fdvu',
		'fdvukostnad',
		'fdvukostnader',
		'arligfdvukostnad',
		'fdvuperar',
		'annualfdvucost',
		'fdvucost'
	],
	capacity: ['kapasitet', 'antallplasser', 'capacity'],
	capacityUnit: ['kapasitetsenhet', 'enhet', 'capacityunit', 'unit'],
	users: ['brukere', 'antallbrukere', 'belegg', 'users'],
	x: [
		'x',
		'ost',
		'ostkoordinat',
		'xkoordinat',
		'lengdegrad',
		'lon',
		'lng',
		'longitude',
		'east',
		'easting'
	],
	y: [
		'y',
		'nord',
		'nordkoordinat',
		'ykoordinat',
		'breddegrad',
		'lat',
		'latitude',
		'north',
		'northing'
	],
	geometry: ['geometri', 'geometry', 'geom', 'thegeom', 'wkt', 'geojson', 'omriss', 'fotavtrykk']
};

const FIELD_BY_HEADER = new Map<string, ImportField>(
	IMPORT_FIELDS.flatMap((field) => HEADER_VARIANTS[field].map((key) => [key, field] as const))
);

/**
 * Guesses which column fills which field from the header texts, ignoring case, spaces,
 * diacritics and units in brackets. Each field takes the first column that matches; columns
 * that match nothing are left out for the user to map.
 * @example guessColumnMapping(['Bygningsnr', 'Navn', 'BTA (m²)']) // { buildingNumber: 0, name: 1, bta: 2 }
 */
export function guessColumnMapping(headers: readonly string[]): ColumnMapping {
	const mapping: ColumnMapping = {};
	headers.forEach((header, index) => {
		const field = FIELD_BY_HEADER.get(normaliseHeader(header));
		if (field && mapping[field] === undefined) mapping[field] = index;
	});
	return mapping;
}

/** A mapping with every column as an index, plus the references that name no column. */
export interface ResolvedMapping {
	columns: Partial<Record<ImportField, number>>;
	missing: { field: ImportField; ref: number | string }[];
}

/**
 * Turns header references into column indices: an exact header first, then one that
 * normalises the same. Indices outside the header row are reported as missing.
 * @example resolveColumnMapping({ name: 'Navn' }, ['Bygningsnr', 'Navn']).columns // { name: 1 }
 */
export function resolveColumnMapping(
	mapping: ColumnMapping,
	headers: readonly string[]
): ResolvedMapping {
	const normalised = headers.map(normaliseHeader);
	const resolved: ResolvedMapping = { columns: {}, missing: [] };
	for (const field of IMPORT_FIELDS) {
		const ref = mapping[field];
		if (ref === undefined) continue;
		const index =
			typeof ref === 'number'
				? ref
				: headers.indexOf(ref) >= 0
					? headers.indexOf(ref)
					: normalised.indexOf(normaliseHeader(ref));
		if (Number.isInteger(index) && index >= 0 && index < headers.length) {
			resolved.columns[field] = index;
		} else {
			resolved.missing.push({ field, ref });
		}
	}
	return resolved;
}
