import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { getTableColumns, sql } from 'drizzle-orm';
import { population } from '$db/schema';
import { ParseError, ReasonMalformedCsv } from '$lib/errors';
import type { Tx } from '../db/transaction';

type PopulationRow = typeof population.$inferInsert;

const COLUMNS = {
	total: 'pop_total',
	age0: 'age_0',
	age1To5: 'age_1_5',
	age6To15: 'age_6_15',
	age16To66: 'age_16_66',
	age67To79: 'age_67_79',
	age80Plus: 'age_80_plus'
} as const;

/** Reads SSB table 07459 as shipped in geodata/population; any bad cell stops the seed. */
export function readPopulation(file: string): PopulationRow[] {
	const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
		header: true,
		skipEmptyLines: true
	});
	if (parsed.errors.length > 0) {
		const [e] = parsed.errors;
		throw new ParseError(ReasonMalformedCsv, e!.message, { file, feature: e!.row });
	}
	return parsed.data.map((record, i) => {
		const count = (column: string): number => {
			const value = Number(record[column]);
			if (!Number.isInteger(value) || value < 0) {
				throw new ParseError(ReasonMalformedCsv, `${column} is not a count`, {
					file,
					feature: i + 2
				});
			}
			return value;
		};
		const row = { municipality: record.kommunenummer ?? '', year: count('year_jan1') };
		for (const [key, column] of Object.entries(COLUMNS)) {
			Object.assign(row, { [key]: count(column) });
		}
		return row as PopulationRow;
	});
}

/** Replaces the population rows with the file's: statistics are not edited in the app. */
export async function seedPopulation(tx: Tx, file: string): Promise<number> {
	const rows = readPopulation(file);
	await tx
		.insert(population)
		.values(rows)
		.onConflictDoUpdate({
			target: [population.municipality, population.year],
			set: Object.fromEntries(
				Object.keys(COLUMNS).map((key) => {
					const column = getTableColumns(population)[key as keyof typeof COLUMNS];
					return [key, sql.raw(`excluded."${column.name}"`)];
				})
			)
		});
	return rows.length;
}
