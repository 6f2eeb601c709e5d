import { DEFAULT_CAPACITY_UNIT } from '../../buildings/types';
import { divide } from '../../efficiency/ratio';
import {
	DEMAND_SERVICES,
	type AgeBand,
	type DemandComparison,
	type DemandService,
	type DemandTargets,
	type PopulationCounts,
	type ServiceSummary
} from './types';

/** The age band each service is for (SSB 07459's bands). */
export const DEMAND_BAND: Record<DemandService, AgeBand> = {
	kindergarten: 'age1To5',
	school: 'age6To15',
	nursing_home: 'age80Plus'
};

/**
 * One place per child is the planning assumption for kindergartens (the right to a place from
 * age 1) and schools (compulsory 6–15). Nursing homes serve a share of the 80+ that each
 * municipality sets for itself, so no norm is assumed: coverage is shown, not judged.
 */
export const DEFAULT_DEMAND_TARGETS: DemandTargets = {
	kindergarten: 1,
	school: 1,
	nursing_home: null
};

/**
 * Places of each demand service against the estimated people in its age band. Only capacity
 * counted in the service's usual unit (children, pupils, places) is compared; buildings
 * without it are counted in `uncounted` so a low figure can be told from missing data.
 * @example compareDemand(services, counts, DEFAULT_DEMAND_TARGETS)[0].balance // places − children 1–5
 */
export function compareDemand(
	services: readonly ServiceSummary[],
	counts: PopulationCounts,
	targets: DemandTargets
): DemandComparison[] {
	return DEMAND_SERVICES.map((service) => {
		const unit = DEFAULT_CAPACITY_UNIT[service]!;
		const band = DEMAND_BAND[service];
		const summary = services.find((s) => s.category === service);
		const entry = summary?.byUnit.find((u) => u.unit === unit);
		const places = entry?.capacity ?? 0;
		const counted = entry ? entry.buildings - entry.capacityMissing : 0;
		const demand = counts[band];
		const target = targets[service];
		return {
			service,
			unit,
			band,
			places,
			demand,
			coverage: divide(places, demand, { numerator: 'no-capacity', denominator: 'no-population' }),
			target,
			balance: target === null ? null : places - target * demand,
			uncounted: (summary?.count ?? 0) - counted
		};
	});
}
