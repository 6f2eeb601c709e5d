import type { Point } from 'geojson';
import { inArray, sql } from 'drizzle-orm';
import { buildings } from '$db/schema';
import type { ConditionGrade, OldMunicipality } from '$lib/buildings/types';
import {
	DEFAULT_CONSOLIDATION_OPTIONS,
	findConsolidationCandidates,
	type ConsolidationBuilding,
	type ConsolidationCandidate,
	type ConsolidationOptions
} from '$lib/efficiency/consolidation';
import { assumeCrs } from '$lib/geometry/types';
import type { Db } from '../db/handle';

/** Where a building named in the list lies (for map links and the map layer), and its TG. */
export interface CandidatePlace {
	/** WGS 84, computed by PostGIS. */
	lon: number;
	lat: number;
	municipality: OldMunicipality;
	condition: ConditionGrade | null;
}

export interface ConsolidationListing {
	/** Ranked as `findConsolidationCandidates` ranks them. */
	candidates: ConsolidationCandidate[];
	/** Every candidate and receiver in `candidates`, by building number. */
	places: Record<string, CandidatePlace>;
	/** Buildings of the looked-at categories in the register. */
	considered: number;
	/** True when any of those buildings is generated sample data. */
	sample: boolean;
	/** The options used, defaults filled in. */
	options: ConsolidationOptions;
}

/**
 * Consolidation candidates from the register. Distances are measured on the stored
 * EPSG:25832 coordinates (`ST_X`/`ST_Y` of `position`, no transform), so PGlite and
 * PostgreSQL hand the domain exactly the same numbers and give the same list.
 * @example (await readConsolidationCandidates(db, { maxDistance: 1500 })).candidates[0]?.receivers
 */
export async function readConsolidationCandidates(
	db: Db,
	options: Partial<ConsolidationOptions> = {}
): Promise<ConsolidationListing> {
	const opts: ConsolidationOptions = { ...DEFAULT_CONSOLIDATION_OPTIONS, ...options };
	const rows =
		opts.categories.length === 0
			? []
			: await db
					.select({
						buildingNumber: buildings.buildingNumber,
						name: buildings.name,
						municipality: buildings.municipality,
						category: buildings.category,
						bta: buildings.bta,
						capacity: buildings.capacity,
						capacityUnit: buildings.capacityUnit,
						users: buildings.users,
						condition: buildings.condition,
						maintenanceBacklog: buildings.maintenanceBacklog,
						annualFdvuCost: buildings.annualFdvuCost,
						annualRent: buildings.annualRent,
						sample: buildings.sample,
						x: sql<number>`ST_X(${buildings.position})`.mapWith(Number),
						y: sql<number>`ST_Y(${buildings.position})`.mapWith(Number),
						lon: sql<number>`ST_X(ST_Transform(${buildings.position}, 4326))`.mapWith(Number),
						lat: sql<number>`ST_Y(ST_Transform(${buildings.position}, 4326))`.mapWith(Number)
					})
					.from(buildings)
					.where(inArray(buildings.category, [...opts.categories]));

	const input: ConsolidationBuilding[] = rows.map(
		({ municipality: _m, sample: _s, x, y, lon: _lon, lat: _lat, ...attributes }) => ({
			attributes,
			position: assumeCrs<25832, Point>({ type: 'Point', coordinates: [x, y] }, 25832)
		})
	);
	const candidates = findConsolidationCandidates(input, opts);

	const named = new Set(
		candidates.flatMap((c) => [c.buildingNumber, ...c.receivers.map((r) => r.buildingNumber)])
	);
	const places: Record<string, CandidatePlace> = {};
	for (const row of rows) {
		if (!named.has(row.buildingNumber)) continue;
		const { lon, lat, municipality, condition } = row;
		places[row.buildingNumber] = { lon, lat, municipality, condition };
	}
	return {
		candidates,
		places,
		considered: rows.length,
		sample: rows.some((r) => r.sample),
		options: opts
	};
}
