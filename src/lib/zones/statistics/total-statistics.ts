import { compareDemand, DEFAULT_DEMAND_TARGETS } from './compare-demand';
import { formaalsbyggArea } from './formaalsbygg-area';
import { addCounts, emptyCounts } from './population-counts';
import { sortSummaries, unitOf } from './summarise-services';
import {
	DEMAND_SERVICES,
	type DemandTargets,
	type MunicipalityShare,
	type ServiceSummary,
	type ZoneFigures,
	type ZoneStatistics
} from './types';

/**
 * The whole proposal as one row: areas, people and buildings summed over the zones, ratios
 * recomputed from the sums (never averaged over zones). Being a sum of the rows, it agrees
 * with the table above it; a building outside every zone is not in it. Null for no zones.
 * @example totalStatistics(statistics(zones))?.population.counts.total
 */
export function totalStatistics(rows: readonly ZoneStatistics[]): ZoneFigures | null {
	const first = rows[0];
	if (!first) return null;
	const area = rows.reduce((sum, r) => sum + r.area, 0);
	const counts = emptyCounts();
	for (const r of rows) addCounts(counts, r.population.counts);
	const years = new Set(rows.flatMap((r) => r.population.method.years));
	const services = mergeServices(rows.map((r) => r.services));
	const formaalsbygg = formaalsbyggArea(services, counts.total);
	return {
		area,
		oldMunicipalities: sumShares(rows, area),
		population: {
			counts,
			method: { ...first.population.method, years: [...years].sort((a, b) => a - b) }
		},
		services,
		demand: compareDemand(services, counts, targetsOf(first)),
		formaalsbyggBta: formaalsbygg.bta,
		btaPerInhabitant: formaalsbygg.perInhabitant,
		sampleBuildings: rows.reduce((sum, r) => sum + r.sampleBuildings, 0)
	};
}

/** Each old municipality's area over all zones, as a share of the proposal's whole area. */
function sumShares(rows: readonly ZoneStatistics[], area: number): MunicipalityShare[] {
	return rows[0]!.oldMunicipalities.map((m, i) => {
		const shareArea = rows.reduce((sum, r) => sum + (r.oldMunicipalities[i]?.area ?? 0), 0);
		return {
			number: m.number,
			name: m.name,
			area: shareArea,
			fraction: area > 0 ? shareArea / area : 0
		};
	});
}

function mergeServices(lists: readonly ServiceSummary[][]): ServiceSummary[] {
	const merged = new Map<string, ServiceSummary>();
	for (const list of lists) {
		for (const s of list) {
			let into = merged.get(s.category);
			if (!into) {
				into = { ...s, count: 0, bta: 0, btaMissing: 0, byUnit: [], withoutUnit: 0 };
				merged.set(s.category, into);
			}
			into.count += s.count;
			into.bta += s.bta;
			into.btaMissing += s.btaMissing;
			into.withoutUnit += s.withoutUnit;
			for (const u of s.byUnit) {
				const unit = unitOf(into, u.unit);
				unit.buildings += u.buildings;
				unit.capacity += u.capacity;
				unit.users += u.users;
				unit.capacityMissing += u.capacityMissing;
			}
		}
	}
	return sortSummaries([...merged.values()]);
}

/** The targets the zone rows were computed with (every row carries them). */
function targetsOf(row: ZoneStatistics): DemandTargets {
	const targets = { ...DEFAULT_DEMAND_TARGETS };
	for (const service of DEMAND_SERVICES) {
		const entry = row.demand.find((d) => d.service === service);
		if (entry) targets[service] = entry.target;
	}
	return targets;
}
