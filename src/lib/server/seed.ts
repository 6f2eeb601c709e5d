import { resolve } from 'node:path';
import { DEFAULT_BENCHMARKS } from '$lib/efficiency/default-benchmarks';
import { seedBenchmarks } from './benchmarks/benchmark-store';
import { seedBuildings } from './buildings/seed-buildings';
import type { SaveReport } from './buildings/save-buildings';
import type { Db } from './db/handle';
import { withTransaction } from './db/transaction';
import { seedMunicipalities, type SeedReport } from './municipalities/seed-municipalities';
import { seedPopulation } from './population/seed-population';
import type { ImportedPlan } from './plans/import-plans';
import { seedPlans } from './plans/seed-plans';
import { seedSampleProposal } from './zones/seed-sample-proposal';
import type { ProposalSummary } from '$lib/zones/proposal';

/** The shipped geodata, relative to the repository root (the working directory). */
export const GEODATA = {
	municipalities: resolve('geodata/municipalities'),
	population: resolve('geodata/population/befolkning_ssb07459_asker_royken_hurum_2005_2026.csv'),
	buildings: resolve('geodata/buildings/buildings.geojson'),
	plans: resolve('geodata/plans')
};

export interface SeedAllReport {
	municipalities: SeedReport;
	populationRows: number;
	benchmarksAdded: string[];
	buildings: SaveReport;
	plans: ImportedPlan[];
	/** The sample zone proposal, or null when proposals existed already. */
	sampleProposal: ProposalSummary | null;
}

/**
 * Loads everything shipped in geodata/: boundaries first (their own transaction, as before),
 * then statistics, benchmarks and the sample buildings in one transaction, then the sample
 * plans (one transaction of their own). Safe to repeat: unchanged boundaries and plan files
 * are skipped, and benchmarks and buildings already present are kept, so a re-seed never
 * overwrites the property team's edits.
 */
export async function seedAll(db: Db, geodata = GEODATA): Promise<SeedAllReport> {
	const municipalities = await seedMunicipalities(db, geodata.municipalities);
	const rest = await withTransaction(db, async (tx) => ({
		populationRows: await seedPopulation(tx, geodata.population),
		benchmarksAdded: await seedBenchmarks(tx, DEFAULT_BENCHMARKS),
		buildings: await seedBuildings(tx, geodata.buildings)
	}));
	const plans = await seedPlans(db, geodata.plans);
	// Last: the sample zones grow from the schools of the buildings seeded above.
	return { municipalities, ...rest, plans, sampleProposal: await seedSampleProposal(db) };
}
