import { describe, expect, it } from 'vitest';
import { classifyObjectType } from './object-types';

describe('classifyObjectType', () => {
	it.each([
		['KpArealformålOmråde', 'landuse', 'arealformal-2008', 'arealformål', 'områdenavn'],
		['KpArealbrukOmråde', 'landuse', 'arealbruk-1985', 'arealbruk', 'områdenavn'],
		['RpArealformålOmråde', 'landuse', 'reguleringsformal-2008', 'arealformål', 'feltnavn'],
		['KpSikringSone', 'zone', 'hensynssone', 'sikring', 'hensynSonenavn'],
		['KpStøySone', 'zone', 'hensynssone', 'støy', 'hensynSonenavn'],
		['KpAngittHensynSone', 'zone', 'hensynssone', 'angittHensyn', 'hensynSonenavn'],
		['KpBåndleggingSone', 'zone', 'hensynssone', 'båndlegging', 'hensynSonenavn'],
		['KpGjennomføringSone', 'zone', 'hensynssone', 'gjennomføring', 'hensynSonenavn'],
		['KpDetaljeringSone', 'zone', 'hensynssone', 'detaljering', 'hensynSonenavn'],
		['RpFareSone', 'zone', 'hensynssone', 'fare', 'hensynSonenavn'],
		['KpRestriksjonOmråde', 'zone', 'none', 'arealbruksrestriksjoner', null],
		['KpRetningslinjeOmråde', 'zone', 'none', 'arealbruksretningslinjer', null],
		['KpOmråde', 'planarea', 'none', null, 'plannavn'],
		['RpOmråde', 'planarea', 'none', null, 'plannavn']
	])('%s', (type, kind, codeList, codeElement, nameElement) => {
		expect(classifyObjectType(type)).toEqual({ kind, codeList, codeElement, nameElement });
	});

	it('does not know KpJuridiskLinje or a generic KpHensynSone', () => {
		expect([classifyObjectType('KpJuridiskLinje'), classifyObjectType('KpHensynSone')]).toEqual([
			null,
			null
		]);
	});
});
