import { describe, expect, it } from 'vitest';
import { describeCode, isKnownCode } from './describe-code';

describe('describeCode', () => {
	it('labels a 2008 code as "<code> <name>"', () => {
		expect(describeCode('1110', 'arealformal-2008')).toEqual({
			name: '1110 Boligbebyggelse',
			known: true
		});
	});

	it('labels a 1985 code from its own list', () => {
		expect(describeCode('170', 'arealbruk-1985')).toEqual({ name: '170 Friområde', known: true });
	});

	it('labels a hensynssone code', () => {
		expect(describeCode('570', 'hensynssone')).toEqual({
			name: '570 Bevaring kulturmiljø',
			known: true
		});
	});

	it('shows an unknown code instead of hiding it', () => {
		expect(describeCode('1999', 'arealformal-2008')).toEqual({
			name: 'Ukjent kode 1999',
			known: false
		});
	});

	it('says when there is no code', () => {
		expect(describeCode(null, 'arealformal-2008')).toEqual({ name: 'Uten kode', known: false });
	});

	it('does not call a reguleringsplan code unknown, only outside Planbord’s lists', () => {
		expect(describeCode('1169', 'reguleringsformal-2008')).toEqual({
			name: 'Reguleringsformål 1169 (ikke i Planbords kodelister)',
			known: false
		});
	});
});

describe('isKnownCode', () => {
	it('knows codes only in their own list', () => {
		expect([
			isKnownCode('1110', 'arealformal-2008'),
			isKnownCode('110', 'arealbruk-1985'),
			isKnownCode('110', 'arealformal-2008'),
			isKnownCode('1110', 'hensynssone')
		]).toEqual([true, true, false, false]);
	});

	it('knows a missing code only for a planområde', () => {
		expect([isKnownCode(null, 'none'), isKnownCode('20', 'none')]).toEqual([true, false]);
	});
});
