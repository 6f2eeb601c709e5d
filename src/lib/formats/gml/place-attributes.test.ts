import { describe, expect, it } from 'vitest';
import { elementOrder } from './npad-schema';
import { placeAttributes } from './place-attributes';

const asObject = (placed: ReturnType<typeof placeAttributes>) => ({
	simple: Object.fromEntries(placed.simple),
	groups: Object.fromEntries(
		[...placed.groups].map(([group, instances]) => [
			group,
			[...instances].map(([index, leaves]) => [index, Object.fromEntries(leaves)])
		])
	),
	leftovers: placed.leftovers
});

describe('placeAttributes', () => {
	it('places NPAD names read from GML, repeated groups included', () => {
		const placed = placeAttributes(
			{
				'identifikasjon.navnerom': 'https://data.geonorge.no/0220',
				'arealplanId.kommunenummer': '0220',
				beskrivelse: 'Boliger',
				'utnytting.utnyttingstall': 25,
				'utnytting.utnyttingstall[2]': 30
			},
			elementOrder('KpArealformålOmråde'),
			new Set()
		);
		expect(asObject(placed)).toEqual({
			simple: { beskrivelse: 'Boliger' },
			groups: {
				identifikasjon: [[1, { navnerom: 'https://data.geonorge.no/0220' }]],
				arealplanId: [[1, { kommunenummer: '0220' }]],
				utnytting: [
					[1, { utnyttingstall: '25' }],
					[2, { utnyttingstall: '30' }]
				]
			},
			leftovers: []
		});
	});

	it('places SOSI and GDAL spellings, padding kommunenummer and writing ISO dates', () => {
		const placed = placeAttributes(
			{ 'NASJONALAREALPLANID.KOMM': 220, PLANSTAT: 3, IKRAFT: 20171115, lovreferanseType: 6 },
			elementOrder('KpOmråde'),
			new Set()
		);
		expect(asObject(placed)).toEqual({
			simple: { planstatus: '3', ikrafttredelsesdato: '2017-11-15', lovreferanse: '6' },
			groups: { arealplanId: [[1, { kommunenummer: '0220' }]] },
			leftovers: []
		});
	});

	it('keeps what the type has no property for as leftovers, and drops reserved names', () => {
		const placed = placeAttributes(
			{ eierform: 1, kilde: 'Røyken KPA 2015', 'identifikasjon.lokalId': 'x', beskrivelse: 'a' },
			elementOrder('KpFareSone'),
			new Set(['identifikasjon.lokalId'])
		);
		expect(asObject(placed)).toEqual({
			simple: { beskrivelse: 'a' },
			groups: {},
			leftovers: [
				['eierform', 1],
				['kilde', 'Røyken KPA 2015']
			]
		});
	});

	it('writes a compact SOSI date as an xs:dateTime where the schema wants one', () => {
		const placed = placeAttributes(
			{ OPPDATERINGSDATO: 20190101 },
			elementOrder('KpFareSone'),
			new Set()
		);
		expect(placed.simple.get('oppdateringsdato')).toBe('2019-01-01T00:00:00');
	});
});
