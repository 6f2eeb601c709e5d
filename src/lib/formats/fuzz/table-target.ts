import fc from 'fast-check';
import { guessColumnMapping } from '../../buildings/import/column-mapping';
import type { Cell } from '../../buildings/import/types';
import { validateRows } from '../../buildings/import/validate-rows';
import { runCase } from './check-outcome';
import { mutatedCases, randomCases, type SeedFile } from './fuzz-case';
import { JSON_ALPHABET, structuredGeoJson } from './json-inputs';
import { CSV_ALPHABET, structuredCsv } from './table-inputs';
import type { FuzzTarget } from './targets';

/*
 * Test support: the building-table fuzz target. The reader is server code
 * (src/lib/server/buildings/read-table-file.ts), so it is passed in; the import's dry run
 * (guessColumnMapping + validateRows, which report problems and must never throw) runs on
 * whatever it returns.
 */

/** What readTableFile returns, as far as the dry run needs it. */
export interface ReadTable {
	(
		bytes: Uint8Array,
		fileName: string
	): Promise<{
		headers: string[];
		rows: Cell[][];
		headerRowNumber: number;
	}>;
}

/**
 * readTableFile then the dry run, on random bytes, structure-aware CSV and GeoJSON, and
 * mutated seeds (the Windows-1252 fixture, written CSV and XLSX).
 * @example tableTarget(readTableFile, seeds).name
 */
export function tableTarget(read: ReadTable, seeds: readonly SeedFile[]): FuzzTarget {
	return {
		name: 'Table readTableFile',
		generators: [
			{
				name: 'random',
				inputs: randomCases(['x.csv', 'x.xlsx', 'x.geojson', 'x.tsv'], CSV_ALPHABET + JSON_ALPHABET)
			},
			{
				name: 'structured',
				inputs: fc.oneof({ weight: 3, arbitrary: structuredCsv }, structuredGeoJson('bygg.geojson'))
			},
			{ name: 'mutated', inputs: mutatedCases(seeds) }
		],
		run: (c) =>
			runCase(
				() => read(c.bytes, c.fileName),
				(table) => {
					validateRows(table.headers, table.rows, guessColumnMapping(table.headers), {
						source: `Import: ${c.fileName}`,
						firstRowNumber: table.headerRowNumber + 1
					});
				}
			)
	};
}
