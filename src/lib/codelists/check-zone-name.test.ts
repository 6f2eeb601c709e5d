import { describe, expect, it } from 'vitest';
import { checkZoneName, parseZoneName } from './check-zone-name';

describe('checkZoneName', () => {
	it('accepts H310_1 for code 310', () => {
		expect(checkZoneName('H310_1', '310')).toBeNull();
	});

	it('accepts H310 without a løpenummer', () => {
		expect(checkZoneName('H310', '310')).toBeNull();
	});

	it('rejects H31_1 as malformed', () => {
		expect(checkZoneName('H31_1', '31')).toEqual({
			reason: 'zone-name-malformed',
			name: 'H31_1',
			code: '31'
		});
	});

	it('reports H570_1 on a zone with code 310 as a mismatch', () => {
		expect(checkZoneName('H570_1', '310')).toEqual({
			reason: 'zone-name-code-mismatch',
			name: 'H570_1',
			code: '310'
		});
	});

	it.each(['h310_1', 'H310_', 'H310-1', ' H310_1', 'H3100_1', 'H310_1a'])(
		'rejects %j as malformed',
		(name) => {
			expect(checkZoneName(name, '310')?.reason).toBe('zone-name-malformed');
		}
	);

	it('reports a well-formed name whose code is in no hensynssone list', () => {
		expect(checkZoneName('H999_1', '999')?.reason).toBe('zone-name-unknown-code');
	});

	it('reports a missing or blank name', () => {
		expect([checkZoneName(null, '310')?.reason, checkZoneName(' ', '310')?.reason]).toEqual([
			'zone-name-missing',
			'zone-name-missing'
		]);
	});

	it('checks only the form when the zone has no code', () => {
		expect(checkZoneName('H390_3', null)).toBeNull();
	});
});

describe('parseZoneName', () => {
	it('splits code and løpenummer', () => {
		expect(parseZoneName('H570_12')).toEqual({ code: '570', serial: 12 });
	});

	it('gives a null løpenummer when there is none', () => {
		expect(parseZoneName('H910')).toEqual({ code: '910', serial: null });
	});

	it('gives null for a malformed name', () => {
		expect(parseZoneName('H31_1')).toBeNull();
	});
});
