import { asc, desc, inArray, sql } from 'drizzle-orm';
import { buildings, population } from '$db/schema';
import type {
	PopulationArea,
	ServiceBuilding,
	StatisticsInputs
} from '$lib/zones/statistics/types';
import type { Db } from '../db/handle';
import type { Tx } from '../db/transaction';
import { readTerritories } from '../plans/read-territories';

/** The table the population figures come from, as the method note names it. */
const POPULATION_SOURCE = 'SSB 07459';

/**
 * Everything the live zone statistics need, read once per page: the old municipalities
 * (EPSG:25832, as stored), each one's newest population count (their last is 1.1.2019,
 * the year before the merger), and every building in the register at its position. The
 * population is per old municipality only (no grunnkrets figures are shipped), so zones get
 * an area-apportioned estimate; a municipality without a count is left out of the estimate.
 * @example const statistics = createZoneStatistics(await readStatisticsInputs(db));
 */
export async function readStatisticsInputs(db: Db | Tx): Promise<StatisticsInputs> {
	const { old } = await readTerritories(db);
	const numbers = old.map((m) => m.number);
	const counts = await db
		.select()
		.from(population)
		.where(inArray(population.municipality, numbers))
		.orderBy(asc(population.municipality), desc(population.year));
	const areas: PopulationArea[] = [];
	for (const m of old) {
		// Ordered newest first, so the first row of a municipality is its newest count.
		const row = counts.find((r) => r.municipality === m.number);
		if (!row) continue;
		const { municipality: _m, year, ...bands } = row;
		areas.push({ id: m.number, geometry: m.geometry, year, counts: bands });
	}
	const rows = await db
		.select({
			id: buildings.id,
			name: buildings.name,
			category: buildings.category,
			capacity: buildings.capacity,
			capacityUnit: buildings.capacityUnit,
			users: buildings.users,
			bta: buildings.bta,
			bra: buildings.bra,
			municipality: buildings.municipality,
			sample: buildings.sample,
			// The position column is stored in EPSG:25832: its coordinates are already metres.
			x: sql<number>`ST_X(${buildings.position})`.mapWith(Number),
			y: sql<number>`ST_Y(${buildings.position})`.mapWith(Number)
		})
		.from(buildings)
		.orderBy(asc(buildings.id));
	const services: ServiceBuilding[] = rows.map(({ x, y, ...rest }) => ({
		...rest,
		position: [x, y]
	}));
	return {
		oldMunicipalities: old.map((m) => ({ number: m.number, name: m.name, geometry: m.geometry })),
		population: { kind: 'areas', unit: 'old-municipality', source: POPULATION_SOURCE, areas },
		services
	};
}
