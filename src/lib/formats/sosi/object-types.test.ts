import { describe, expect, it } from 'vitest';
import { ruleForObjectType } from './object-types';

describe('ruleForObjectType', () => {
	it.each([
		['KpArealformålOmråde', 'landuse', 'KPAREALFORMÅL', 'arealformal-2008', 'KpArealGrense'],
		['KpArealbrukOmråde', 'landuse', 'OPLAREAL', 'arealbruk-1985', 'KpArealGrense'],
		['RpArealformålOmråde', 'landuse', 'RPAREALFORMÅL', 'reguleringsformal-2008', 'RpFormålGrense'],
		['KpOmråde', 'planarea', null, 'none', 'KpGrense'],
		['RpOmråde', 'planarea', null, 'none', 'RpGrense'],
		['KpStøySone', 'zone', 'KPSTØY', 'hensynssone', 'KpStøyGrense'],
		['KpBåndleggingSone', 'zone', 'KPBÅNDLEGGING', 'hensynssone', 'KpBåndleggingGrense'],
		['KpAngittHensynSone', 'zone', 'KPANGITTHENSYN', 'hensynssone', 'KpAngittHensynGrense'],
		['RpSikringSone', 'zone', 'RPSIKRING', 'hensynssone', 'RpSikringGrense'],
		['KpRestriksjonOmråde', 'zone', 'OPLRESTR', 'none', 'KpRestriksjonGrense'],
		['KpRetningslinjeOmråde', 'zone', 'OPLRETNL', 'none', 'KpRetningslinjeGrense'],
		['RpBestemmelseOmråde', 'zone', null, 'none', 'RpBestemmelseGrense']
	])('%s → %s, %s, %s, %s', (type, kind, codeAttribute, codeList, boundary) => {
		expect(ruleForObjectType(type)).toMatchObject({ kind, codeAttribute, codeList, boundary });
	});

	it('names zones with HENSYNSONENAVN and Rp formål with FELTNAVN', () => {
		expect(ruleForObjectType('KpFareSone').nameAttribute).toBe('HENSYNSONENAVN');
		expect(ruleForObjectType('RpArealformålOmråde').nameAttribute).toBe('FELTNAVN');
	});
});
