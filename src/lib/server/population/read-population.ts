import { inArray } from 'drizzle-orm';
import { population } from '$db/schema';
import type { AreaKey } from '$lib/efficiency/overview';
import type { Db } from '../db/handle';

/**
 * Inhabitants for the efficiency overview: each old municipality at 1.1.2019, its last
 * count, and the new Asker (3025) at 1.1.2020, its first. Missing rows stay missing, so
 * the screen says "mangler innbyggertall" instead of dividing by zero.
 */
export async function overviewPopulation(db: Db): Promise<Partial<Record<AreaKey, number>>> {
	const rows = await db
		.select({
			municipality: population.municipality,
			year: population.year,
			total: population.total
		})
		.from(population)
		.where(inArray(population.municipality, ['0220', '0627', '0628', '3025']));
	const at = (number: string, year: number) =>
		rows.find((r) => r.municipality === number && r.year === year)?.total;
	const result: Partial<Record<AreaKey, number>> = {};
	for (const number of ['0220', '0627', '0628'] as const) {
		const total = at(number, 2019);
		if (total !== undefined) result[number] = total;
	}
	const total = at('3025', 2020);
	if (total !== undefined) result.new = total;
	return result;
}
