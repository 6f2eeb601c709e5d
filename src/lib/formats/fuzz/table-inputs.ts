import fc from 'fast-check';
import { fuzzCase, type FuzzCase } from './fuzz-case';

/*
 * Test support for the building-table fuzz: CSV built cell by cell, with the headers the
 * import recognises, values that look almost right, stray quotes and delimiters, and the
 * charsets Norwegian Excel writes.
 */

const HEADERS = [
	'Bygningsnr',
	'Navn',
	'Kommune',
	'Kategori',
	'BTA (m²)',
	'BRA',
	'Byggeår',
	'TG',
	'X',
	'Y',
	'Øst',
	'Nord',
	'Geometri',
	'Verdidato',
	'Eierform',
	''
];

const cell = fc.oneof(
	fc.string({ maxLength: 16 }),
	fc.integer().map(String),
	fc.double().map(String),
	fc.constantFrom(
		'80012345',
		'Hval skole',
		'Røyken',
		'0627',
		'skole',
		'12.500',
		'1 234,5',
		'-0',
		'NaN',
		'1e309',
		'TG2',
		'2024-05-31',
		'31.05.2024',
		'99.99.9999',
		'POINT(580000 6633000)',
		'SRID=25832;POLYGON((0 0,1 0,1 1,0 0))',
		'POLYGON((0 0,1 0',
		'MULTIPOLYGON(((1 1)))',
		'{"type":"Point","coordinates":[10.4,59.8]}',
		'{"type":"Polygon","coordinates":[[[1e309,0]]]}',
		'{"type":"Polygon","coordinates":null}',
		'59,83',
		'10,43',
		'6633000',
		'580000',
		'"',
		'""',
		'a"b',
		'=1+1',
		'\uFEFF'
	)
);

const table = fc.record({
	headers: fc.array(fc.oneof(fc.constantFrom(...HEADERS), fc.string({ maxLength: 8 })), {
		maxLength: 10
	}),
	rows: fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 12 }),
	delimiter: fc.constantFrom(';', ',', '\t', '|'),
	quote: fc.constantFrom('always', 'never', 'needed'),
	newline: fc.constantFrom('\r\n', '\n', '\r'),
	charset: fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1252', 'utf-16le', 'utf-16be')
});

/**
 * Structure-aware CSV files (`.csv`, `.txt` or `.tsv`).
 * @example fc.sample(structuredCsv, 1)[0].fileName
 */
export const structuredCsv: fc.Arbitrary<FuzzCase> = fc
	.tuple(table, fc.constantFrom('bygg.csv', 'bygg.txt', 'bygg.tsv'))
	.map(([t, fileName]) => {
		const quoteCell = (value: string) =>
			t.quote === 'always' ||
			(t.quote === 'needed' && (value.includes(t.delimiter) || /["\r\n]/.test(value)))
				? `"${value.replaceAll('"', '""')}"`
				: value;
		const lines = [t.headers, ...t.rows].map((row) => row.map(quoteCell).join(t.delimiter));
		return fuzzCase(fileName, encode(lines.join(t.newline), t.charset), `CSV ${JSON.stringify(t)}`);
	});

function encode(text: string, charset: string): Uint8Array {
	if (charset === 'utf-8') return new TextEncoder().encode(text);
	if (charset === 'utf-8-bom') return new TextEncoder().encode(`\uFEFF${text}`);
	if (charset === 'windows-1252') return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
	const le = charset === 'utf-16le';
	const out = new Uint8Array(2 + text.length * 2);
	out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		out[2 + i * 2 + (le ? 0 : 1)] = code & 0xff;
		out[2 + i * 2 + (le ? 1 : 0)] = code >> 8;
	}
	return out;
}

/** Characters CSV files are made of, for the random-text generator. */
export const CSV_ALPHABET = ';,\t"\r\n 0123456789.-abcøæåBTAXY=(){}[]:';
