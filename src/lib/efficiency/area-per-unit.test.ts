import { describe, expect, it } from 'vitest';
import { areaPerUnit, type AreaPerUnitInput } from './area-per-unit';

const school = (overrides: Partial<AreaPerUnitInput> = {}): AreaPerUnitInput =>
	Object.freeze({ bta: 4000, capacity: 250, capacityUnit: 'pupils', users: 200, ...overrides });

describe('areaPerUnit', () => {
	it('computes m² per place, m² per user and utilisation', () => {
		// 4 000 m² / 250 places = 16; 4 000 m² / 200 pupils = 20; 200 / 250 = 0.8
		expect(areaPerUnit(school())).toEqual({
			unit: 'pupils',
			btaPerCapacity: { ok: true, value: 16 },
			btaPerUser: { ok: true, value: 20 },
			utilisation: { ok: true, value: 0.8 }
		});
	});

	it('reports zero capacity as no-capacity, never Infinity', () => {
		const figures = areaPerUnit(school({ capacity: 0 }));
		expect(figures.btaPerCapacity).toEqual({ ok: false, reason: 'no-capacity' });
		expect(figures.utilisation).toEqual({ ok: false, reason: 'no-capacity' });
	});

	it('reports missing users as no-users but keeps m² per place', () => {
		const figures = areaPerUnit(school({ users: null }));
		expect(figures.btaPerUser).toEqual({ ok: false, reason: 'no-users' });
		expect(figures.utilisation).toEqual({ ok: false, reason: 'no-users' });
		expect(figures.btaPerCapacity).toEqual({ ok: true, value: 16 });
	});

	it('gives utilisation 0 for an empty building but no m² per user', () => {
		const figures = areaPerUnit(school({ users: 0 }));
		expect(figures.utilisation).toEqual({ ok: true, value: 0 });
		expect(figures.btaPerUser).toEqual({ ok: false, reason: 'no-users' });
	});

	it('treats missing or zero BTA as no-area', () => {
		for (const bta of [null, 0]) {
			const figures = areaPerUnit(school({ bta }));
			expect([figures.btaPerCapacity, figures.btaPerUser]).toEqual([
				{ ok: false, reason: 'no-area' },
				{ ok: false, reason: 'no-area' }
			]);
		}
	});

	it('refuses figures whose unit is unknown', () => {
		const figures = areaPerUnit(school({ capacityUnit: null }));
		expect(figures.btaPerCapacity).toEqual({ ok: false, reason: 'no-unit' });
		expect(figures.utilisation).toEqual({ ok: false, reason: 'no-unit' });
	});

	it('says no-capacity, not no-unit, for a building without any capacity', () => {
		const figures = areaPerUnit({ bta: 900, capacity: null, capacityUnit: null, users: null });
		expect(figures.btaPerCapacity).toEqual({ ok: false, reason: 'no-capacity' });
	});
});
