import { describe, expect, it } from 'vitest';
import {
	parseCapacityUnit,
	parseCategory,
	parseCondition,
	parseMunicipality,
	parseTenure,
	parseValueMethod
} from './parse-codes';

describe('parseCondition', () => {
	it.each([
		['TG0', 0],
		['tg1', 1],
		['TG 2', 2],
		['Tg-3', 3],
		['2', 2],
		[3, 3],
		['2,0', 2]
	])('reads %j', (input, expected) => {
		expect(parseCondition(input)).toEqual({ ok: true, value: expected });
	});

	it.each([null, '', 'TGIU', 'tg iu'])('reads %j as no grade', (input) => {
		expect(parseCondition(input)).toEqual({ ok: true, value: null });
	});

	it.each(['TG5', 'tg 4', 4, -1])('reports %j as out of range', (input) => {
		expect(parseCondition(input)).toEqual({ ok: false, code: 'condition-out-of-range' });
	});

	it.each(['god', 'TG2b', 2.5])('reports %j as unknown', (input) => {
		expect(parseCondition(input)).toEqual({ ok: false, code: 'unknown-condition' });
	});
});

describe('parseCategory', () => {
	it.each([
		['Skole', 'school'],
		['grunnskole', 'school'],
		['Ungdomsskole', 'school'],
		['Barne- og ungdomsskole', 'school'],
		['BARNEHAGE', 'kindergarten'],
		['Sykehjem', 'nursing_home'],
		['institusjon', 'nursing_home'],
		['Helsestasjon', 'health'],
		['legekontor', 'health'],
		['Administrasjon', 'administration'],
		['Rådhus', 'administration'],
		['kultur', 'culture'],
		['Bibliotek', 'culture'],
		['idrett', 'sport'],
		['Idrettshall', 'sport'],
		['Svømmehall', 'sport'],
		['bolig', 'housing'],
		['Kommunal bolig', 'housing'],
		['teknisk', 'technical'],
		['nursing_home', 'nursing_home']
	])('reads %j', (input, expected) => {
		expect(parseCategory(input)).toEqual({ ok: true, value: expected });
	});

	it('does not guess the nynorsk "skule"', () => {
		expect(parseCategory('skule')).toEqual({ ok: false, code: 'unknown-category' });
	});

	it('reports "annet" as a category the register lacks', () => {
		expect(parseCategory('Annet')).toEqual({ ok: false, code: 'category-not-in-register' });
	});

	it('reports a date cell as unknown', () => {
		expect(parseCategory(new Date(0))).toEqual({ ok: false, code: 'unknown-category' });
	});
});

describe('parseCapacityUnit', () => {
	it.each([
		['elever', 'pupils'],
		['Barn', 'children'],
		['plasser', 'places'],
		['Arbeidsplasser', 'workplaces']
	])('reads %j', (input, expected) => {
		expect(parseCapacityUnit(input)).toEqual({ ok: true, value: expected });
	});

	it('reports an unknown unit', () => {
		expect(parseCapacityUnit('m²')).toEqual({ ok: false, code: 'unknown-capacity-unit' });
	});
});

describe('parseTenure', () => {
	it.each([
		['eid', 'owned'],
		['Eie', 'owned'],
		['owned', 'owned'],
		['Leid', 'leased'],
		['leie', 'leased'],
		['Innleid', 'leased'],
		['LEASED', 'leased']
	])('reads %j', (input, expected) => {
		expect(parseTenure(input)).toEqual({ ok: true, value: expected });
	});

	it('reports an unknown word', () => {
		expect(parseTenure('festet')).toEqual({ ok: false, code: 'unknown-tenure' });
	});
});

describe('parseMunicipality', () => {
	it.each([
		['0220', '0220'],
		['220', '0220'],
		[220, '0220'],
		['Asker', '0220'],
		['0627', '0627'],
		[627, '0627'],
		['Røyken', '0627'],
		['Royken', '0627'],
		['0628', '0628'],
		['628', '0628'],
		['HURUM', '0628'],
		['0627 Røyken', '0627']
	])('reads %j', (input, expected) => {
		expect(parseMunicipality(input)).toEqual({ ok: true, value: expected });
	});

	it.each(['3203', 'Bærum', '0220 Hurum'])('reports %j', (input) => {
		expect(parseMunicipality(input)).toEqual({ ok: false, code: 'unknown-municipality' });
	});
});

describe('parseValueMethod', () => {
	it.each([
		['Gjenanskaffelsesverdi', 'replacement_cost'],
		['markedsverdi', 'market'],
		['Bokført verdi', 'book']
	])('reads %j', (input, expected) => {
		expect(parseValueMethod(input)).toEqual({ ok: true, value: expected });
	});

	it('reports an unknown method', () => {
		expect(parseValueMethod('skjønn')).toEqual({ ok: false, code: 'unknown-value-method' });
	});
});
