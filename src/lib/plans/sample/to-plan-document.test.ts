import { describe, expect, it } from 'vitest';
import type { DraftPlan } from './draft-plan';
import { PROFILES, type MunicipalityProfile } from './profiles';
import { square } from './test-shapes.fixture';
import { toPlanDocument } from './to-plan-document';
import type { DraftZone } from './types';

const profile = (m: string): MunicipalityProfile => PROFILES.find((p) => p.municipality === m)!;
// Three land-use areas stacked north–south and one zone.
const draft = (): DraftPlan => ({
	boundary: [
		[
			{ x: 0, y: 0 },
			{ x: 100_000, y: 0 },
			{ x: 100_000, y: 300_000 },
			{ x: 0, y: 300_000 }
		]
	],
	areas: [
		{ area: [square(0, 0, 100_000)], code: '5100', status: 1, tags: [] },
		{ area: [square(0, 200_000, 100_000)], code: '1110', status: 2, tags: ['D77'] },
		{ area: [square(0, 100_000, 100_000)], code: '1110', status: 1, tags: [] }
	]
});
const zones = (): DraftZone[] => [
	{ area: [square(0, 0, 50_000)], code: '310', description: 'Skred', tags: [] }
];

describe('toPlanDocument', () => {
	it('puts the plan area first, then land use north to south, then zones', () => {
		const { document } = toPlanDocument(profile('0220'), draft(), zones());
		expect(document.features.map((f) => [f.properties.kind, f.properties.name])).toEqual([
			['planarea', 'Kommuneplanens arealdel 2018–2030 (eksempeldata)'],
			['landuse', 'B1'],
			['landuse', 'B2'],
			['landuse', 'LNFR1'],
			['zone', 'H310_1']
		]);
	});

	it('writes the header of the profile in EPSG:25832', () => {
		const { document } = toPlanDocument(profile('0627'), draft(), zones());
		expect([document.srid, document.header]).toEqual([
			25832,
			{
				municipality: '0627',
				planId: '2015001',
				name: profile('0627').planName,
				law: 'pbl2008',
				format: 'SOSI 4.5'
			}
		]);
	});

	it('translates land use to PBL 1985 KpArealbrukOmråde for a 1985 plan', () => {
		const { document } = toPlanDocument(profile('0628'), draft(), zones());
		const landuse = document.features.filter((f) => f.properties.kind === 'landuse');
		expect(
			landuse.map((f) => [f.properties.objectType, f.properties.codeList, f.properties.code])
		).toEqual([
			['KpArealbrukOmråde', 'arealbruk-1985', '110'],
			['KpArealbrukOmråde', 'arealbruk-1985', '110'],
			['KpArealbrukOmråde', 'arealbruk-1985', expect.stringMatching(/^(200|210)$/)]
		]);
	});

	it('gives a hensynssone the object type of its code', () => {
		const { document } = toPlanDocument(profile('0220'), draft(), zones());
		expect(document.features.at(-1)?.properties.objectType).toBe('KpFareSone');
	});

	it('returns the objectIds carrying each defect tag', () => {
		const { document, objectIds } = toPlanDocument(profile('0220'), draft(), zones());
		expect(objectIds.get('D77')).toEqual([document.features[1]?.properties.objectId]);
	});
});
