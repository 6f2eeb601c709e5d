import { describe, expect, it } from 'vitest';
import { schoolSites } from './school-sites';

describe('schoolSites', () => {
	it('leaves out upper secondary and private schools', () => {
		const sites = schoolSites([
			{ name: 'Heggedal skole', x: 0, y: 0 },
			{ name: 'Asker videregående skole', x: 5000, y: 0 },
			{ name: 'Stiftelsen Vollen Montessoriskole', x: 10000, y: 0 },
			{ name: 'Steinerskolen i Asker skole', x: 15000, y: 0 }
		]);
		expect(sites).toEqual([{ name: 'Heggedal', x: 0, y: 0 }]);
	});

	it('keeps one school per campus, preferring the primary school', () => {
		const sites = schoolSites([
			{ name: 'Borgen ungdomsskole', x: 0, y: 0 },
			{ name: 'Vettre skole', x: 800, y: 0 },
			{ name: 'Tofte skole', x: 9000, y: 0 }
		]);
		expect(sites.map((s) => s.name)).toEqual(['Tofte', 'Vettre']);
	});

	it('keeps a lower secondary school with no primary school near it', () => {
		const sites = schoolSites([
			{ name: 'Sætre ungdomsskole', x: 0, y: 0 },
			{ name: 'Slemmestad barneskole', x: 4000, y: 0 }
		]);
		expect(sites.map((s) => s.name)).toEqual(['Slemmestad', 'Sætre ungdomsskole']);
	});

	it('does not depend on the order of the register', () => {
		const schools = [
			{ name: 'A skole', x: 0, y: 0 },
			{ name: 'B skole', x: 1000, y: 0 },
			{ name: 'C skole', x: 2000, y: 0 }
		];
		expect(schoolSites([...schools].reverse())).toEqual(schoolSites(schools));
		// A and C are 2 km apart; B is within 1.5 km of A, which comes first by name.
		expect(schoolSites(schools).map((s) => s.name)).toEqual(['A', 'C']);
	});
});
