import { describe, expect, it } from 'vitest';
import type { SosiGroup } from './read-groups';
import { toPlanFeature } from './to-plan-feature';

const RING = [
	[0, 0],
	[1, 0],
	[1, 1],
	[0, 0]
];

function flate(attributes: [string, string, boolean?][], serial = 12): SosiGroup {
	return {
		type: 'FLATE',
		serial,
		line: 1,
		coordinates: [],
		ref: { text: ':1', line: 2 },
		attributes: attributes.map(([path, text, quoted = false]) => ({
			path,
			line: 1,
			tokens: text ? [{ kind: 'value', text, quoted }] : []
		}))
	};
}

describe('toPlanFeature', () => {
	it('maps a KPA area, keeping the rest of the attributes dotted', () => {
		const group = flate([
			['OBJTYPE', 'KpArealformålOmråde'],
			['NASJONALAREALPLANID', ''],
			['NASJONALAREALPLANID.KOMM', '0220'],
			['NASJONALAREALPLANID.PLANID', '2018001'],
			['KPAREALFORMÅL', '1110'],
			['AREALST', '2'],
			['OMRNAVN', 'B 1', true],
			['UTNYTTING.UTNTYP', '15'],
			['IDENTIFIKASJON.LOKALID', 'f5c6'],
			['IDENTIFIKASJON.NAVNEROM', 'http://x']
		]);
		expect(toPlanFeature(group, [RING])).toEqual({
			feature: {
				type: 'Feature',
				geometry: { type: 'Polygon', coordinates: [RING] },
				properties: {
					kind: 'landuse',
					objectType: 'KpArealformålOmråde',
					code: '1110',
					codeList: 'arealformal-2008',
					status: 2,
					name: 'B 1',
					objectId: 'f5c6',
					attributes: {
						'NASJONALAREALPLANID.KOMM': '0220',
						'NASJONALAREALPLANID.PLANID': 2018001,
						'UTNYTTING.UTNTYP': 15,
						'IDENTIFIKASJON.NAVNEROM': 'http://x'
					}
				}
			},
			paddedMunicipality: false
		});
	});

	it('keeps a code exactly as written', () => {
		const group = flate([
			['OBJTYPE', 'KpArealbrukOmråde'],
			['OPLAREAL', '0110']
		]);
		expect(toPlanFeature(group, [RING]).feature.properties.code).toBe('0110');
	});

	it('pads a kommunenummer written as 220 and reports it', () => {
		const result = toPlanFeature(flate([['NASJONALAREALPLANID.KOMM', '220']]), [RING]);
		expect(result.paddedMunicipality).toBe(true);
		expect(result.feature.properties.attributes['NASJONALAREALPLANID.KOMM']).toBe('0220');
	});

	it('falls back to the serial number for objectId and IDENT.LOKALID before it', () => {
		expect(toPlanFeature(flate([['OBJTYPE', 'X']], 77), [RING]).feature.properties.objectId).toBe(
			'77'
		);
		expect(toPlanFeature(flate([['IDENT.LOKALID', '9']]), [RING]).feature.properties.objectId).toBe(
			'9'
		);
	});

	it('reads a zone name from HENSYNSONENAVN and a planområde name from PLANNAVN', () => {
		const zone = flate([
			['OBJTYPE', 'KpFareSone'],
			['KPFARE', '390'],
			['HENSYNSONENAVN', 'H390_3']
		]);
		const area = flate([
			['OBJTYPE', 'KpOmråde'],
			['PLANNAVN', 'KPA', true]
		]);
		expect(toPlanFeature(zone, [RING]).feature.properties).toMatchObject({
			kind: 'zone',
			code: '390',
			name: 'H390_3'
		});
		expect(toPlanFeature(area, [RING]).feature.properties).toMatchObject({
			kind: 'planarea',
			code: null,
			name: 'KPA'
		});
	});

	it('keeps an unknown area type as a zone without a code list', () => {
		const group = flate([
			['OBJTYPE', 'RpBestemmelseOmråde'],
			['BESTEMMELSEOMRNAVN', '#14']
		]);
		expect(toPlanFeature(group, [RING]).feature.properties).toMatchObject({
			kind: 'zone',
			codeList: 'none',
			code: null,
			attributes: { BESTEMMELSEOMRNAVN: '#14' }
		});
	});
});
