import { describe, expect, it } from 'vitest';
import { AREALBRUK_1985 } from './arealbruk-1985';
import { AREALFORMAL_2008 } from './arealformal-2008';
import { UNKNOWN_LANDUSE_COLOUR, arealformalPalette, landuseColour } from './landuse-colour';

describe('landuseColour', () => {
	it('gives 1110 its nåværende and framtidig colours', () => {
		expect([landuseColour('1110', 1), landuseColour('1110', 2)]).toEqual(['#ffff99', '#ffff33']);
	});

	it('uses the nåværende colour for status 3 and a missing status', () => {
		expect([landuseColour('1110', 3), landuseColour('1110', null)]).toEqual(['#ffff99', '#ffff99']);
	});

	it('colours a 1985 code with its own DiBK colours', () => {
		expect([landuseColour('110', 1), landuseColour('110', 2)]).toEqual(['#ffe500', '#ffff99']);
	});

	it('colours a hatched code with its stripe colour', () => {
		expect([landuseColour('6800', 1), landuseColour('410', 2)]).toEqual(['#ccffff', '#ff0000']);
	});

	it('gives unknown and missing codes the documented grey', () => {
		expect([landuseColour('1999', 1), landuseColour(null, 2)]).toEqual([
			UNKNOWN_LANDUSE_COLOUR,
			UNKNOWN_LANDUSE_COLOUR
		]);
	});

	it('keeps the unknown grey apart from every real colour', () => {
		const used = [...AREALFORMAL_2008, ...AREALBRUK_1985].flatMap((e) => [e.current, e.future]);
		expect(used).not.toContain(UNKNOWN_LANDUSE_COLOUR);
	});
});

describe('arealformalPalette', () => {
	it('lists every 2008 code once, in table order', () => {
		expect(arealformalPalette().map((p) => p.code)).toEqual(AREALFORMAL_2008.map((e) => e.code));
	});

	it('carries the same colours as landuseColour', () => {
		const bad = arealformalPalette().filter(
			(p) => landuseColour(p.code, 1) !== p.current || landuseColour(p.code, 2) !== p.future
		);
		expect(bad).toEqual([]);
	});

	it('has the name and both colours per code', () => {
		expect(arealformalPalette().find((p) => p.code === '1110')).toEqual({
			code: '1110',
			name: 'Boligbebyggelse',
			current: '#ffff99',
			future: '#ffff33'
		});
	});

	it('cannot be changed by a caller', () => {
		expect(Object.isFrozen(arealformalPalette()) && Object.isFrozen(arealformalPalette()[0])).toBe(
			true
		);
	});
});
