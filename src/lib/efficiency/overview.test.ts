import { describe, expect, it } from 'vitest';
import { efficiencyOverview, type OverviewInput } from './overview';

const school = (municipality: OverviewInput['municipality'], bta: number, users: number) =>
	({
		category: 'school',
		municipality,
		bta,
		capacity: users,
		capacityUnit: 'pupils',
		users,
		maintenanceBacklog: null,
		annualFdvuCost: null,
		value: null
	}) satisfies OverviewInput;

describe('efficiencyOverview', () => {
	// Asker: 4 000 m² / 200 pupils = 20; Røyken: 6 000 m² / 250 = 24 and 1 000 m² / 50 = 20,
	// together 7 000 / 300 = 23.33; new Asker 11 000 m² / 500 pupils = 22.0 (not (20 + 23.33) / 2).
	const buildings = [
		school('0220', 4000, 200),
		school('0627', 6000, 250),
		school('0627', 1000, 50)
	];
	const overview = efficiencyOverview(buildings, { '0220': 61523, '0627': 22635, new: 94441 });

	it('gives each old municipality and the new one a ratio of sums per category', () => {
		const [row] = overview.byCategory;
		expect(row!.category).toBe('school');
		const perUser = (area: string) => {
			const ratio = row!.areas.get(area as never)!.btaPerUser.ratio;
			return ratio.ok ? ratio.value : NaN;
		};
		expect(perUser('0220')).toBeCloseTo(20, 10);
		expect(perUser('0627')).toBeCloseTo(7000 / 300, 10);
		expect(perUser('new')).toBeCloseTo(22, 10);
		expect(row!.areas.has('0628')).toBe(false);
	});

	it('gives m² per inhabitant from each area’s own population', () => {
		const ratio = (area: string) => overview.total.get(area as never)!.btaPerInhabitant.ratio;
		expect(ratio('0220')).toEqual({ ok: true, value: 4000 / 61523 });
		expect(ratio('new')).toEqual({ ok: true, value: 11000 / 94441 });
	});

	it('leaves municipal housing out of formålsbygg per inhabitant, as KOSTRA does', () => {
		const housing = { ...school('0220', 9000, 10), category: 'housing' as const };
		const withHousing = efficiencyOverview([...buildings, housing], { new: 94441 });
		expect(withHousing.total.get('new')!.btaPerInhabitant.ratio).toEqual({
			ok: true,
			value: 11000 / 94441
		});
		expect(withHousing.byCategory.map((r) => r.category)).toEqual(['school', 'housing']);
	});

	it('says "no population" rather than dividing by a missing one', () => {
		const noPop = efficiencyOverview(buildings, {});
		expect(noPop.total.get('new')!.btaPerInhabitant.ratio).toEqual({
			ok: false,
			reason: 'no-population'
		});
	});
});
