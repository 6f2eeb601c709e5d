import { planarArea } from '../../geometry/area';
import { pathsArea } from '../../merge/geometry/paths-area';
import { UNITS_PER_METRE } from '../../merge/geometry/to-paths';
import { toGridRegion } from '../to-grid-region';
import type { Zone } from '../types';
import { compareDemand, DEFAULT_DEMAND_TARGETS } from './compare-demand';
import { createPopulationEstimator } from './estimate-population';
import { formaalsbyggArea } from './formaalsbygg-area';
import { PointIndex } from './point-index';
import { overlapAreas, prepareRegions } from './prepare-regions';
import { summariseServices } from './summarise-services';
import type { DemandTargets, StatisticsInputs, ZoneStatistics } from './types';

const MM2_PER_M2 = UNITS_PER_METRE ** 2;

/**
 * Prepares the inputs once (municipalities on the grid, population areas, a spatial index of
 * the buildings) and returns the function the editor calls after every edit. Results are
 * cached per zone geometry object: the editor replaces only the geometries it changes, so a
 * vertex move recomputes the one or two zones that moved and returns every other zone's
 * statistics as the same object (cheap for Svelte to skip). Geometries must not be mutated in
 * place, the same rule `toGridRegion` relies on.
 * @example const statistics = createZoneStatistics(inputs); statistics(zones)[0].population.counts.total
 */
export function createZoneStatistics(
	inputs: StatisticsInputs
): (zones: readonly Zone[]) => ZoneStatistics[] {
	const municipalities = prepareRegions(
		inputs.oldMunicipalities.map((m) => ({ id: m.number, geometry: m.geometry }))
	);
	const estimatePopulation = createPopulationEstimator(inputs.population, {
		geometries: inputs.oldMunicipalities.map((m) => m.geometry),
		regions: municipalities
	});
	const services = inputs.services;
	const buildings = new PointIndex(services.map((s) => s.position));
	const targets: DemandTargets = { ...DEFAULT_DEMAND_TARGETS, ...inputs.demandTargets };
	const cache = new WeakMap<object, ZoneStatistics>();

	const compute = (zone: Zone): ZoneStatistics => {
		const { rings, box } = toGridRegion(zone.geometry);
		const gridArea = pathsArea(rings);
		const shares = overlapAreas(rings, box, municipalities);
		const population = estimatePopulation(rings, box, shares);
		const inZone = buildings.within(rings, box).map((i) => services[i]!);
		const summaries = summariseServices(inZone);
		const formaalsbygg = formaalsbyggArea(summaries, population.counts.total);
		return {
			zoneId: zone.id,
			name: zone.name,
			area: planarArea(zone.geometry),
			oldMunicipalities: inputs.oldMunicipalities.map((m, i) => ({
				number: m.number,
				name: m.name,
				area: shares[i]! / MM2_PER_M2,
				fraction: gridArea > 0 ? shares[i]! / gridArea : 0
			})),
			population,
			services: summaries,
			demand: compareDemand(summaries, population.counts, targets),
			formaalsbyggBta: formaalsbygg.bta,
			btaPerInhabitant: formaalsbygg.perInhabitant,
			sampleBuildings: inZone.filter((b) => b.sample).length
		};
	};

	return (zones) =>
		zones.map((zone) => {
			const cached = cache.get(zone.geometry);
			if (cached && cached.zoneId === zone.id && cached.name === zone.name) return cached;
			// A renamed zone keeps its figures: only the label is new.
			const stats = cached ? { ...cached, zoneId: zone.id, name: zone.name } : compute(zone);
			cache.set(zone.geometry, stats);
			return stats;
		});
}
