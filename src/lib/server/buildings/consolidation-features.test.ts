import { describe, expect, it } from 'vitest';
import type { ConsolidationCandidate } from '$lib/efficiency/consolidation';
import type { CandidatePlace } from './consolidation-candidates';
import { toConsolidationFeatures } from './consolidation-features';

function candidate(number: string, receivers: string[]): ConsolidationCandidate {
	return {
		buildingNumber: number,
		name: `Skole ${number}`,
		category: 'school',
		unit: 'pupils',
		users: 100,
		reasons: [
			{ code: 'low-utilisation', utilisation: 0.4, users: 100, capacity: 250, threshold: 0.7 }
		],
		receivers: receivers.map((r, i) => ({
			buildingNumber: r,
			name: `Skole ${r}`,
			distance: 1234.4 + i,
			spareCapacity: 150,
			condition: 1
		})),
		distance: 1234.4,
		freedBta: 4000,
		freedAnnualCost: null,
		annualCostParts: { fdvu: null, rent: null },
		score: 0
	};
}

const place = (lon: number, lat: number): CandidatePlace => ({
	lon,
	lat,
	municipality: '0220',
	condition: 1
});

describe('toConsolidationFeatures', () => {
	it('draws each candidate, its nearest receiver once, and a line between them', () => {
		const collection = toConsolidationFeatures({
			candidates: [candidate('1', ['3', '4']), candidate('2', ['3'])],
			places: {
				'1': place(10.4, 59.8),
				'2': place(10.5, 59.8),
				'3': place(10.45, 59.81),
				'4': place(10.3, 59.7)
			}
		});
		expect(collection.features.map((f) => [f.properties.kind, f.properties.number])).toEqual([
			['link', '1'],
			['link', '2'],
			['receiver', '3'],
			['candidate', '1'],
			['candidate', '2']
		]);
		expect(collection.features[0]!.geometry.coordinates).toEqual([
			[10.4, 59.8],
			[10.45, 59.81]
		]);
		expect(collection.features[3]!.properties).toEqual({
			kind: 'candidate',
			number: '1',
			name: 'Skole 1',
			rank: 1,
			reasons: 'low-utilisation',
			summary: 'Skole 1: 100 elever kan flytte → Skole 3 (1,2 km); lav utnyttelse.',
			receiver: '3',
			distance: 1234,
			freedBta: 4000
		});
	});

	it('leaves out a candidate whose position is unknown', () => {
		const collection = toConsolidationFeatures({
			candidates: [candidate('1', ['3'])],
			places: { '3': place(10.45, 59.81) }
		});
		expect(collection).toEqual({ type: 'FeatureCollection', features: [] });
	});
});
