import { describe, expect, it } from 'vitest';
import type { PlanFeatureProperties } from '../../plans/types';
import { elementOrder, npadObjectType } from './npad-schema';

type Choice = Pick<PlanFeatureProperties, 'kind' | 'codeList' | 'code' | 'objectType'>;

describe('npadObjectType', () => {
	it.each<[Choice, string]>([
		[
			{
				kind: 'landuse',
				codeList: 'arealformal-2008',
				code: '1110',
				objectType: 'KpArealformålOmråde'
			},
			'KpArealformålOmråde'
		],
		[
			{ kind: 'landuse', codeList: 'arealformal-2008', code: '1110', objectType: 'ARBEIDSKOPI' },
			'KpArealformålOmråde'
		],
		[
			{ kind: 'landuse', codeList: 'arealbruk-1985', code: '110', objectType: '' },
			'KpArealbrukOmråde'
		],
		[
			{
				kind: 'landuse',
				codeList: 'reguleringsformal-2008',
				code: '1169',
				objectType: 'RpArealformålOmråde'
			},
			'RpArealformålOmråde'
		],
		[
			{ kind: 'zone', codeList: 'hensynssone', code: '310', objectType: 'KpHensynSone' },
			'KpFareSone'
		],
		[
			{ kind: 'zone', codeList: 'hensynssone', code: '910', objectType: 'hensynssone' },
			'KpDetaljeringSone'
		],
		[{ kind: 'planarea', codeList: 'none', code: null, objectType: 'RpOmråde' }, 'KpOmråde'],
		[
			{ kind: 'zone', codeList: 'none', code: null, objectType: 'KpBestemmelseOmråde' },
			'KpBestemmelseOmråde'
		],
		[{ kind: 'zone', codeList: 'none', code: null, objectType: 'Kp Ukjent' }, 'UkjentObjekttype']
	])('%j is written as %s', (properties, type) => {
		expect(npadObjectType(properties)).toBe(type);
	});
});

describe('elementOrder', () => {
	it('puts a zone’s code after its surface', () => {
		expect(elementOrder('KpStøySone')).toEqual([
			'identifikasjon',
			'førsteDigitaliseringsdato',
			'oppdateringsdato',
			'kopidata',
			'arealplanId',
			'område',
			'støy',
			'hensynSonenavn',
			'beskrivelse'
		]);
	});

	it('gives a type outside the KP schema the shared prefix, its surface, code and name', () => {
		expect(elementOrder('RpArealformålOmråde').slice(-3)).toEqual([
			'område',
			'arealformål',
			'feltnavn'
		]);
	});
});
