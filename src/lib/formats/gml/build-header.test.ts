import { describe, expect, it } from 'vitest';
import { addHeaderFacts, buildHeader, type HeaderFacts } from './build-header';

const createFacts = (): HeaderFacts => ({ objectTypes: new Set() });

describe('addHeaderFacts + buildHeader', () => {
	it('takes kommunenummer, planidentifikasjon and the KpOmråde name, first value winning', () => {
		const facts = createFacts();
		addHeaderFacts(
			facts,
			'KpArealformålOmråde',
			{ 'arealplanId.kommunenummer': '0220', 'arealplanId.planidentifikasjon': 2018001 },
			'B1'
		);
		addHeaderFacts(
			facts,
			'KpOmråde',
			{ 'arealplanId.kommunenummer': '0627', lovreferanse: 6 },
			'KPA Asker'
		);
		expect(buildHeader(facts, 'NPAD GML Kommuneplan 20190401')).toEqual({
			header: {
				municipality: '0220',
				planId: '2018001',
				name: 'KPA Asker',
				law: 'pbl2008',
				format: 'NPAD GML Kommuneplan 20190401'
			},
			notes: []
		});
	});

	it('zero-pads a 3-digit kommunenummer and says so', () => {
		const facts = createFacts();
		addHeaderFacts(facts, 'KpOmråde', { 'arealplanId.kommunenummer': 220 }, null);
		const { header, notes } = buildHeader(facts, 'GeoJSON');
		expect({ municipality: header.municipality, notes: notes.map((n) => n.code) }).toEqual({
			municipality: '0220',
			notes: ['municipality-padded']
		});
	});

	it('reads the RP 5.0 nested kommunenummer', () => {
		const facts = createFacts();
		addHeaderFacts(
			facts,
			'Arealplan',
			{ 'nasjonalArealplanId.administrativEnhet.kommunenummer': '4201' },
			null
		);
		expect(buildHeader(facts, 'x').header.municipality).toBe('4201');
	});

	it.each([
		[4, [], 'pbl1985'],
		[5, ['KpArealformålOmråde'], 'pbl1985'],
		[6, ['KpArealbrukOmråde'], 'pbl2008'],
		[undefined, ['KpArealbrukOmråde', 'KpRestriksjonOmråde'], 'pbl1985'],
		[undefined, ['KpArealformålOmråde', 'KpFareSone'], 'pbl2008'],
		[undefined, ['KpOmråde'], null]
	] as const)('law from lovreferanse %s and types %j is %s', (lovreferanse, types, law) => {
		const facts = createFacts();
		for (const type of types) addHeaderFacts(facts, type, {}, null);
		if (lovreferanse !== undefined) addHeaderFacts(facts, 'KpOmråde', { lovreferanse }, null);
		expect(buildHeader(facts, 'x').header.law).toBe(law);
	});

	it('notes a mix of PBL 1985 and 2008 types without a lovreferanse', () => {
		const facts = createFacts();
		addHeaderFacts(facts, 'KpArealbrukOmråde', {}, null);
		addHeaderFacts(facts, 'KpArealformålOmråde', {}, null);
		const { header, notes } = buildHeader(facts, 'x');
		expect({ law: header.law, codes: notes.map((n) => n.code) }).toEqual({
			law: null,
			codes: ['mixed-law']
		});
	});
});
