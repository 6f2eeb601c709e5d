import { describe, expect, it } from 'vitest';
import type { BuildingAttributes } from '../buildings/types';
import type { Benchmark } from './benchmarks';
import {
	axisTicks,
	backlogRows,
	conditionDistribution,
	efficiencyRows,
	perInhabitantRow
} from './dashboard-data';
import { efficiencyOverview } from './overview';

type Input = Pick<
	BuildingAttributes,
	| 'category'
	| 'municipality'
	| 'bta'
	| 'capacity'
	| 'capacityUnit'
	| 'users'
	| 'maintenanceBacklog'
	| 'annualFdvuCost'
	| 'value'
	| 'condition'
>;

function building(overrides: Partial<Input>): Input {
	return {
		category: 'school',
		municipality: '0220',
		bta: 1000,
		capacity: 100,
		capacityUnit: 'pupils',
		users: 100,
		maintenanceBacklog: null,
		annualFdvuCost: null,
		value: null,
		condition: null,
		...overrides
	};
}

function benchmark(overrides: Partial<Benchmark>): Benchmark {
	return {
		id: 'b',
		indicator: 'bta_per_user',
		category: 'school',
		unit: 'pupils',
		value: 17.8,
		kind: 'national',
		source: 'test',
		sourceUrl: null,
		year: 2009,
		yearNote: null,
		note: null,
		...overrides
	};
}

const valueOf = (ratio: { ok: boolean; value?: number } | undefined) =>
	ratio?.ok ? ratio.value : undefined;

describe('efficiencyRows', () => {
	// Asker 4 000 m² / 200 pupils = 20; Røyken (6 000 + 1 000) / (250 + 50) = 23.33;
	// new Asker 11 000 / 500 = 22, not the mean of 20 and 23.33.
	const schools = () => [
		building({ municipality: '0220', bta: 4000, users: 200 }),
		building({ municipality: '0627', bta: 6000, users: 250 }),
		building({ municipality: '0627', bta: 1000, users: 50 })
	];

	it('gives every area a ratio of sums, and null where an area has no such building', () => {
		const [row] = efficiencyRows(efficiencyOverview(schools(), {}), []);
		expect(row?.category).toBe('school');
		expect(row?.unit).toBe('pupils');
		expect(row?.areas.map((a) => a.area)).toEqual(['0220', '0627', '0628', 'new']);
		expect(valueOf(row?.areas[0]?.perUser?.ratio)).toBe(20);
		expect(valueOf(row?.areas[1]?.perUser?.ratio)).toBeCloseTo(7000 / 300, 12);
		expect(row?.areas[2]?.perUser).toBeNull();
		expect(valueOf(row?.areas[3]?.perUser?.ratio)).toBe(22);
		expect(row?.areas[3]?.count).toBe(3);
	});

	it('picks the national benchmark for the category and unit before a target', () => {
		const target = benchmark({ id: 'target', kind: 'target', value: 15 });
		const national = benchmark({ id: 'national', value: 17.8 });
		const perPlace = benchmark({ id: 'place', indicator: 'bta_per_capacity', value: 12 });
		const [row] = efficiencyRows(efficiencyOverview(schools(), {}), [target, perPlace, national]);
		expect(row?.benchmark?.id).toBe('national');
	});

	it('leaves out categories without a capacity unit, such as culture', () => {
		const rows = efficiencyRows(
			efficiencyOverview(
				[
					...schools(),
					building({ category: 'culture', capacityUnit: null, capacity: null, users: null })
				],
				{}
			),
			[]
		);
		expect(rows.map((r) => r.category)).toEqual(['school']);
	});

	it('says why an area with buildings has no figure instead of drawing 0', () => {
		const rows = efficiencyRows(
			efficiencyOverview(
				[
					building({ category: 'kindergarten', capacityUnit: 'children', bta: 400, users: 40 }),
					building({
						category: 'kindergarten',
						municipality: '0628',
						capacityUnit: null,
						capacity: null,
						users: null
					})
				],
				{}
			),
			[benchmark({ category: 'kindergarten', unit: 'children', value: 9 })]
		);
		const hurum = rows[0]?.areas[2]?.perUser;
		expect(hurum?.ratio).toEqual({ ok: false, reason: 'no-users' });
		expect(valueOf(rows[0]?.areas[0]?.perUser?.ratio)).toBe(10);
		expect(rows[0]?.benchmark?.value).toBe(9);
	});

	it('has no unit and no benchmark when the new municipality mixes units', () => {
		const [row] = efficiencyRows(
			efficiencyOverview(
				[
					building({ category: 'health', capacityUnit: 'workplaces' }),
					building({ category: 'health', municipality: '0627', capacityUnit: 'places' })
				],
				{}
			),
			[benchmark({ category: 'health', unit: 'workplaces' })]
		);
		expect(row?.unit).toBeNull();
		expect(row?.benchmark).toBeUndefined();
		expect(row?.areas[3]?.perUser?.ratio).toEqual({ ok: false, reason: 'mixed-units' });
	});
});

describe('perInhabitantRow', () => {
	it('divides formålsbygg BTA by each area’s own population, without housing', () => {
		const buildings = [
			building({ municipality: '0220', bta: 4000 }),
			building({ municipality: '0627', bta: 3000 }),
			building({ category: 'housing', municipality: '0220', bta: 9000, capacityUnit: 'places' })
		];
		const older = benchmark({
			id: 'old',
			indicator: 'bta_per_inhabitant',
			category: null,
			unit: 'inhabitants',
			value: 4.7,
			year: 2009
		});
		const newer = { ...older, id: 'new', value: 4.87, year: 2024 };
		const row = perInhabitantRow(efficiencyOverview(buildings, { '0220': 1000, new: 3500 }), [
			older,
			newer
		]);
		expect(row.benchmark?.id).toBe('new');
		expect(row.areas[0]?.perInhabitant?.ratio).toEqual({ ok: true, value: 4 });
		expect(row.areas[1]?.perInhabitant?.ratio).toEqual({ ok: false, reason: 'no-population' });
		expect(row.areas[2]?.perInhabitant).toBeNull();
		expect(row.areas[3]?.perInhabitant?.ratio).toEqual({ ok: true, value: 2 });
	});
});

describe('conditionDistribution', () => {
	// Asker: TG2 1 000 m², TG3 3 000 m², not assessed 1 000 m², TG1 with unknown BTA.
	// By area: 1 000 / 5 000 = 20 %, 3 000 / 5 000 = 60 %, 20 %; by count a quarter each.
	const buildings = () => [
		building({ condition: 2, bta: 1000 }),
		building({ condition: 3, bta: 3000 }),
		building({ condition: null, bta: 1000 }),
		building({ condition: 1, bta: null }),
		building({ municipality: '0627', condition: 0, bta: 200 })
	];

	it('gives shares of floor area and of buildings per grade', () => {
		const [asker] = conditionDistribution(buildings());
		expect(asker?.area).toBe('0220');
		expect(asker?.count).toBe(4);
		expect(asker?.bta).toBe(5000);
		expect(asker?.withoutBta).toBe(1);
		expect(asker?.grades.map((g) => g.grade)).toEqual([0, 1, 2, 3, 'none']);
		expect(asker?.grades.map((g) => g.btaShare)).toEqual([0, 0, 0.2, 0.6, 0.2]);
		expect(asker?.grades.map((g) => g.countShare)).toEqual([0, 0.25, 0.25, 0.25, 0.25]);
	});

	it('counts every building once in the new municipality', () => {
		const whole = conditionDistribution(buildings())[3];
		expect(whole?.area).toBe('new');
		expect(whole?.count).toBe(5);
		expect(whole?.bta).toBe(5200);
		expect(whole?.grades[0]).toEqual({
			grade: 0,
			count: 1,
			bta: 200,
			countShare: 0.2,
			btaShare: 200 / 5200
		});
	});

	it('has no shares for an area without buildings', () => {
		const hurum = conditionDistribution(buildings())[2];
		expect(hurum?.count).toBe(0);
		expect(hurum?.grades.every((g) => g.countShare === null && g.btaShare === null)).toBe(true);
	});
});

describe('backlogRows', () => {
	const buildings = () => [
		building({ municipality: '0220', maintenanceBacklog: 8_000_000 }),
		building({ municipality: '0220', maintenanceBacklog: null }),
		building({ municipality: '0627', maintenanceBacklog: 2_000_000 }),
		building({ municipality: '0628', category: 'kindergarten', maintenanceBacklog: null })
	];

	it('sums the known backlog per category and area, and says how many lack it', () => {
		const [school] = backlogRows(buildings());
		expect(school?.category).toBe('school');
		expect(school?.areas[0]).toEqual({
			area: '0220',
			count: 2,
			backlog: { total: 8_000_000, included: 1, excluded: 1 }
		});
		expect(school?.areas[2]?.backlog).toBeNull();
		expect(school?.areas[3]?.backlog).toEqual({ total: 10_000_000, included: 2, excluded: 1 });
	});

	it('keeps a group where no building has a backlog apart from a backlog of 0', () => {
		const kindergarten = backlogRows(buildings())[1];
		expect(kindergarten?.areas[2]?.backlog).toEqual({ total: 0, included: 0, excluded: 1 });
	});

	it('ends with a row for all categories', () => {
		const rows = backlogRows(buildings());
		expect(rows.map((r) => r.category)).toEqual(['school', 'kindergarten', null]);
		expect(rows[2]?.areas.map((a) => a.backlog?.total)).toEqual([
			8_000_000, 2_000_000, 0, 10_000_000
		]);
		expect(rows[2]?.areas[3]?.backlog?.excluded).toBe(2);
	});

	it('has no rows without buildings', () => {
		expect(backlogRows([])).toEqual([]);
	});
});

describe('axisTicks', () => {
	it('steps by 1, 2, 2.5 or 5 × 10ⁿ up to the first tick at or above the maximum', () => {
		expect(axisTicks(23.4, 5)).toEqual([0, 5, 10, 15, 20, 25]);
		expect(axisTicks(100, 4)).toEqual([0, 25, 50, 75, 100]);
		expect(axisTicks(20, 4)).toEqual([0, 5, 10, 15, 20]);
		expect(axisTicks(569_000_000, 4)).toEqual([0, 200_000_000, 400_000_000, 600_000_000]);
	});

	it('gives exact decimals, not binary noise', () => {
		expect(axisTicks(0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
	});

	it('falls back to 0–1 when there is nothing to show', () => {
		expect(axisTicks(0, 5)).toEqual([0, 1]);
		expect(axisTicks(Number.NaN, 5)).toEqual([0, 1]);
	});
});
