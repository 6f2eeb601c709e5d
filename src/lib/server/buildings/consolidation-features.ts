import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { candidateSummary } from '$lib/i18n/consolidation';
import type { ConsolidationListing } from './consolidation-candidates';

/** What the map layer matches its legend on (`kind`) and shows in its popup. */
type ConsolidationFeatureProperties =
	| {
			kind: 'candidate';
			number: string;
			name: string;
			rank: number;
			/** Reason codes, comma-separated (MapLibre properties are flat). */
			reasons: string;
			/** Bokmål: who could move where, and why. */
			summary: string;
			receiver: string;
			distance: number;
			freedBta?: number;
			freedAnnualCost?: number;
	  }
	| { kind: 'receiver'; number: string; name: string }
	| { kind: 'link'; number: string; receiver: string; distance: number };

export type ConsolidationFeatureCollection = FeatureCollection<
	Point | LineString,
	ConsolidationFeatureProperties
>;

/**
 * The list as GeoJSON in EPSG:4326 (RFC 7946): a point per candidate, a point per nearest
 * receiver and a line from each candidate to its nearest receiver. Lines first and
 * candidates last, so a renderer that draws in order puts the candidates on top.
 * @example toConsolidationFeatures(listing).features.filter((f) => f.properties.kind === 'candidate')
 */
export function toConsolidationFeatures(
	listing: Pick<ConsolidationListing, 'candidates' | 'places'>
): ConsolidationFeatureCollection {
	const links: Feature<LineString, ConsolidationFeatureProperties>[] = [];
	const receivers = new Map<string, Feature<Point, ConsolidationFeatureProperties>>();
	const candidates: Feature<Point, ConsolidationFeatureProperties>[] = [];
	listing.candidates.forEach((c, i) => {
		const here = listing.places[c.buildingNumber];
		const nearest = c.receivers[0];
		const there = nearest && listing.places[nearest.buildingNumber];
		if (!here || !nearest || !there) return;
		const from: [number, number] = [here.lon, here.lat];
		const to: [number, number] = [there.lon, there.lat];
		const distance = Math.round(nearest.distance);
		links.push({
			type: 'Feature',
			geometry: { type: 'LineString', coordinates: [from, to] },
			properties: {
				kind: 'link',
				number: c.buildingNumber,
				receiver: nearest.buildingNumber,
				distance
			}
		});
		receivers.set(nearest.buildingNumber, {
			type: 'Feature',
			geometry: { type: 'Point', coordinates: to },
			properties: { kind: 'receiver', number: nearest.buildingNumber, name: nearest.name }
		});
		candidates.push({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: from },
			properties: {
				kind: 'candidate',
				number: c.buildingNumber,
				name: c.name,
				rank: i + 1,
				reasons: c.reasons.map((r) => r.code).join(','),
				summary: `${c.name}: ${candidateSummary(c)}`,
				receiver: nearest.buildingNumber,
				distance,
				...(c.freedBta === null ? {} : { freedBta: c.freedBta }),
				...(c.freedAnnualCost === null ? {} : { freedAnnualCost: c.freedAnnualCost })
			}
		});
	});
	return { type: 'FeatureCollection', features: [...links, ...receivers.values(), ...candidates] };
}
