import { deepFreeze, rect } from '../fixtures/build';
import type { PopulationCounts, ServiceBuilding, StatisticsInputs } from './types';

/*
 * Hand-checkable inputs for the statistics tests: two old municipalities side by side,
 * A = 0220 over x 0…2 000 and B = 0627 over x 2 000…4 000 (y 0…1 000, metres), so every
 * apportioned figure is a fraction with a small denominator.
 */

/** People with the bands the tests look at; the other bands make up the total. */
export function counts(
	total: number,
	age1To5: number,
	age6To15: number,
	age80Plus: number
): PopulationCounts {
	const rest = total - age1To5 - age6To15 - age80Plus;
	return { total, age0: 0, age1To5, age6To15, age16To66: rest, age67To79: 0, age80Plus };
}

export function building(
	id: number,
	category: ServiceBuilding['category'],
	position: [number, number],
	overrides: Partial<ServiceBuilding> = {}
): ServiceBuilding {
	return {
		id,
		name: `${category} ${id}`,
		category,
		position,
		capacity: null,
		capacityUnit: null,
		users: null,
		bta: null,
		bra: null,
		municipality: '0220',
		sample: false,
		...overrides
	};
}

/** A: 1 000 people (100 aged 1–5, 200 aged 6–15, 50 aged 80+); B: 3 000 (300, 400, 150). */
export function twoMunicipalities(services: ServiceBuilding[] = []): StatisticsInputs {
	const a = rect(0, 0, 2000, 1000);
	const b = rect(2000, 0, 4000, 1000);
	return deepFreeze({
		oldMunicipalities: [
			{ number: '0220', name: 'Asker', geometry: a },
			{ number: '0627', name: 'Røyken', geometry: b }
		],
		population: {
			kind: 'areas',
			unit: 'old-municipality',
			source: 'SSB 07459',
			areas: [
				{ id: '0220', geometry: a, year: 2019, counts: counts(1000, 100, 200, 50) },
				{ id: '0627', geometry: b, year: 2019, counts: counts(3000, 300, 400, 150) }
			]
		},
		services
	});
}
