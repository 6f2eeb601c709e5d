import { database } from '$lib/server/db';
import { listBenchmarks } from '$lib/server/benchmarks/benchmark-store';
import { listBuildings } from '$lib/server/buildings/read-buildings';
import { overviewPopulation } from '$lib/server/population/read-population';
import type { PageServerLoad } from './$types';

/** The register's data (buildings, benchmarks, population); the charts are computed from it. */
export const load: PageServerLoad = async () => {
	const { db } = await database();
	const [buildings, benchmarks, population] = await Promise.all([
		listBuildings(db),
		listBenchmarks(db),
		overviewPopulation(db)
	]);
	return { buildings, benchmarks, population };
};
