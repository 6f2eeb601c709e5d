import { describe, expect, it } from 'vitest';
import { createRandom } from '../../buildings/sample/prng';
import { areaOf, subtractAreas } from './area-ops';
import type { DraftPlan } from './draft-plan';
import { makeZones } from './make-zones';
import { square } from './test-shapes.fixture';
import type { ZoneSite } from './zone-sites';

// A 10 km plan of one LNFR area, with a town in its south-west corner.
const KM = 1_000_000;
const plan = (): DraftPlan => ({
	boundary: [square(0, 0, 10 * KM)],
	areas: [{ area: [square(0, 0, 10 * KM)], code: '5100', status: 1, tags: [] }]
});
const centres = () => [
	{ name: 'By', point: { x: 500_000, y: 500_000 }, radius: 500, kind: 'sentrum' as const }
];
const sites = (): ZoneSite[] => [
	{
		code: '320',
		description: 'Flom',
		place: { centre: 'By', offset: 800 },
		radius: 900,
		stretch: 5
	},
	{ code: '530', description: 'Friluft', place: { rural: true }, radius: 1500, stretch: 1.3 },
	{ code: '110', description: 'Drikkevann', place: { island: 'D13' }, radius: 600, stretch: 1 }
];
const zones = () =>
	makeZones(
		plan(),
		sites(),
		centres(),
		new Map([['D13', { x: 6 * KM, y: 6 * KM }]]),
		createRandom('test:zones')
	);

describe('makeZones', () => {
	it('makes one zone per site with its code and description', () => {
		expect(zones().map((z) => [z.code, z.description])).toEqual([
			['320', 'Flom'],
			['530', 'Friluft'],
			['110', 'Drikkevann']
		]);
	});

	it('clips every zone to the plan area', () => {
		const outside = zones().map((z) => areaOf(subtractAreas(z.area, plan().boundary)));
		expect(outside).toEqual([0, 0, 0]);
	});

	it('keeps a zone near a centre on the plan side of a corner', () => {
		expect(areaOf(zones()[0]!.area)).toBeGreaterThan(0);
	});

	it('refuses a place it does not know', () => {
		const bad: ZoneSite[] = [
			{
				code: '310',
				description: '',
				place: { centre: 'Nowhere', offset: 0 },
				radius: 1,
				stretch: 1
			}
		];
		expect(() => makeZones(plan(), bad, centres(), new Map(), createRandom('x'))).toThrow(
			RangeError
		);
	});
});
