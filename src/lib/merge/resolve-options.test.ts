import { describe, expect, it } from 'vitest';
import { MergeError } from '../errors';
import { publicOptions, resolveOptions } from './resolve-options';

const identity = {
	municipality: '3025',
	planId: '3025KPA2020',
	name: 'Foreløpig KPA',
	status: 'foreløpig' as const
};

describe('resolveOptions', () => {
	it('fills in sliverWidth 5 m and minArea 1 m²', () => {
		expect(publicOptions(resolveOptions({ identity }))).toEqual({
			sliverWidth: 5,
			minArea: 1,
			identity
		});
	});

	it('keeps the identity harmonisation by default', () => {
		expect(resolveOptions({ identity }).harmonise('110', 'arealbruk-1985')).toEqual({
			code: '110',
			codeList: 'arealbruk-1985',
			known: true,
			judgement: null
		});
	});

	it('refuses a plan-ID over 16 characters (plan-standards R13)', () => {
		expect(() =>
			resolveOptions({ identity: { ...identity, planId: '3025-KPA-2020-FORELOPIG' } })
		).toThrow(MergeError);
	});

	it('refuses to run without an identity', () => {
		expect(() => resolveOptions({})).toThrow(/identity/);
	});
});
