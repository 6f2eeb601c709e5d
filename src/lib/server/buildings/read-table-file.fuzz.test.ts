import { describeFuzz } from '$lib/formats/fuzz/describe-fuzz';
import { tableTarget } from '$lib/formats/fuzz/table-target';
import { fixtureBytes } from '$lib/formats/sosi/fixtures/bytes';
import windows1252 from '../../buildings/import/fixtures/bygg-windows-1252.csv?url&inline';
import { readTableFile } from './read-table-file';
import { writeTableFile } from './write-table-file';

/*
 * Fuzz: readTableFile (CSV, XLSX, GeoJSON) returns a table or throws a PlanbordError with a
 * reason, within 2 s, and the import's dry run (validateRows) never throws on that table.
 * Inputs: random bytes, structure-aware CSV/GeoJSON, and mutations of the Windows-1252
 * fixture and of CSV and XLSX files written by writeTableFile. See bench/fuzz.bench.ts.
 */

const table = {
	name: 'Bygg',
	headers: ['Bygningsnr', 'Navn', 'Kommune', 'Kategori', 'BTA (m²)', 'X', 'Y'],
	rows: [
		['80012345', 'Hval skole', 'Røyken', 'skole', 4250.5, 580000, 6633000],
		['80012346', 'Tofte; omsorgssenter', 'Hurum', 'sykehjem', 3100, 581000, 6634000]
	]
};

describeFuzz(
	tableTarget(readTableFile, [
		{ name: 'bygg-windows-1252.csv', bytes: fixtureBytes(windows1252) },
		{ name: 'bygg.csv', bytes: await writeTableFile('csv', [table]) },
		{ name: 'bygg.xlsx', bytes: await writeTableFile('xlsx', [table]) }
	]),
	0.5
);
