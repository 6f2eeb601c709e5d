import { describe, expect, it } from 'vitest';
import { AREALBRUKSSTATUS, LOVREFERANSE, PLANSTATUS, PLANTYPE } from './plan-codes';

describe('plan code lists', () => {
	it.each([
		['PLANTYPE', PLANTYPE],
		['PLANSTATUS', PLANSTATUS],
		['LOVREFERANSE', LOVREFERANSE],
		['AREALBRUKSSTATUS', AREALBRUKSSTATUS]
	])('%s has unique codes and names', (_, list) => {
		expect(new Set(list.map((c) => c.code)).size).toBe(list.length);
		expect(list.every((c) => c.name.length > 0)).toBe(true);
	});

	it('has the three kommuneplan plan types', () => {
		const kp = PLANTYPE.filter((t) => t.level === 'kommuneplan').map((t) => t.code);
		expect(kp).toEqual([20, 21, 22]);
	});

	it('reads lovreferanse 4 and 5 as PBL 1985 and 6 as PBL 2008', () => {
		const law = Object.fromEntries(LOVREFERANSE.map((l) => [l.code, l.law]));
		expect([law[4], law[5], law[6], law[3]]).toEqual(['pbl1985', 'pbl1985', 'pbl2008', null]);
	});

	it('allows arealbruksstatus 3 on PBL 1985 plans only', () => {
		expect(AREALBRUKSSTATUS.filter((s) => s.pbl1985Only).map((s) => s.code)).toEqual([3]);
	});
});
