import { resolve } from 'node:path';
import { DEFAULT_BENCHMARKS } from '$lib/efficiency/default-benchmarks';
import { seedBenchmarks } from './benchmarks/benchmark-store';
import { seedBuildings } from './buildings/seed-buildings';
import type { SaveReport } from './buildings/save-buildings';
import type { Db } from './db/handle';
import { withTransaction } from './db/transaction';
import { seedMunicipalities, type SeedReport } from './municipalities/seed-municipalities';
import { seedPopulation } from './population/seed-population';

/** The shipped geodata, relative to the repository root (the working directory). */
export const GEODATA = {
	municipalities: resolve('geodata/municipalities'),
	population: resolve('geodata/population/befolkning_ssb07459_asker_royken_hurum_2005_2026.csv'),
	buildings: resolve('geodata/buildings/buildings.geojson')
};

export interface SeedAllReport {
	municipalities: SeedReport;
	populationRows: number;
	benchmarksAdded: string[];
	buildings: SaveReport;
}

/**
 * Loads everything shipped in geodata/: boundaries first (their own transaction, as before),
 * then statistics, benchmarks and the sample buildings in one transaction. Safe to repeat:
 * unchanged boundaries are skipped, and benchmarks and buildings already present are kept,
 * so a re-seed never overwrites the property team's edits.
 */
export async function seedAll(db: Db, geodata = GEODATA): Promise<SeedAllReport> {
	const municipalities = await seedMunicipalities(db, geodata.municipalities);
	return withTransaction(db, async (tx) => ({
		municipalities,
		populationRows: await seedPopulation(tx, geodata.population),
		benchmarksAdded: await seedBenchmarks(tx, DEFAULT_BENCHMARKS),
		buildings: await seedBuildings(tx, geodata.buildings)
	}));
}
