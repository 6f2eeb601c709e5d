import { describe, expect, it } from 'vitest';
import { HENSYNSSONE_CODES, ZONE_TYPES } from './hensynssone';
import { RESTRIKSJON_1985 } from './restriksjon-1985';

describe('RESTRIKSJON_1985', () => {
	it('has unique codes per object type', () => {
		const keys = RESTRIKSJON_1985.map((r) => `${r.objectType} ${r.code}`);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('points hensynssone equivalents at a known code of that zone type', () => {
		const bad = RESTRIKSJON_1985.filter((r) => {
			const type = ZONE_TYPES.find((t) => t.objectType === r.equivalent?.objectType);
			if (!type) return false;
			const zone = HENSYNSSONE_CODES.find((z) => z.code === r.equivalent?.code);
			return zone?.kind !== type.kind;
		});
		expect(bad).toEqual([]);
	});

	it('maps drikkevann 410 to KpSikringSone 110 and flags 141 without a land use', () => {
		const find = (code: string) =>
			RESTRIKSJON_1985.find((r) => r.sosiAttribute === 'OPLRESTR' && r.code === code);
		expect(find('410')?.equivalent).toEqual({ objectType: 'KpSikringSone', code: '110' });
		expect(find('141')?.equivalent).toBeNull();
	});
});
