import type { Zone, ZoneGeometry } from '../types';
import { schoolSites } from './school-sites';
import { seededSites } from './seeded-sites';
import { voronoiZones, type ZoneSite } from './voronoi-zones';

/** What seeding stores: a proposal's name, description and first version's zones. */
export interface SampleProposal {
	name: string;
	description: string;
	zones: Zone[];
}

/** Fewer schools than this and the sample falls back to seeded points. */
const MIN_SCHOOLS = 3;
const SEEDED_ZONES = 12;

/**
 * The sample proposal a new installation starts with, so the editor has something to show:
 * the ground nearest to each primary school (Voronoi cells of `schoolSites`), clipped to
 * the municipality and made an exact partition. Without enough schools in the register it
 * uses 12 seeded points ("Sone 1…"). Pure and deterministic.
 * @example sampleProposal(boundary, schoolsFromRegister).zones.length // 24
 */
export function sampleProposal(
	boundary: ZoneGeometry,
	schools: readonly ZoneSite[]
): SampleProposal {
	const sites = schoolSites(schools);
	if (sites.length >= MIN_SCHOOLS) {
		return {
			name: 'Eksempel: lokalområder etter nærmeste barneskole',
			description:
				'Eksempelforslag laget automatisk ved første oppstart: hvert lokalområde er området som ligger nærmest én skole i bygningsregisteret (videregående og private skoler er utelatt). Grensene følger ikke skolekretsene; bruk det som utgangspunkt eller kopier det.',
			zones: voronoiZones(boundary, sites, { step: 200, idPrefix: 'skole-' })
		};
	}
	return {
		name: 'Eksempel: tolv lokalområder',
		description:
			'Eksempelforslag laget automatisk ved første oppstart av tolv tilfeldige, faste punkter (bygningsregisteret har for få skoler). Bruk det som utgangspunkt eller kopier det.',
		zones: voronoiZones(boundary, seededSites(boundary, SEEDED_ZONES, 3025), {
			step: 200,
			idPrefix: 'sone-'
		})
	};
}

/**
 * A realistic proposal for benches: `count` zones (default 50) from seeded points over the
 * boundary, with a vertex every 100 m (about 100 per zone over Asker, plus the coast).
 * @example benchProposal(boundary).length // 50
 */
export function benchProposal(boundary: ZoneGeometry, count = 50, seed = 50): Zone[] {
	return voronoiZones(boundary, seededSites(boundary, count, seed), { step: 100, idPrefix: 'b' });
}
