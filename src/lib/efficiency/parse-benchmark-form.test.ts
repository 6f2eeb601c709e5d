import { describe, expect, it } from 'vitest';
import { parseBenchmarkForm } from './parse-benchmark-form';

const good = {
	indicator: 'bta_per_user',
	category: 'school',
	unit: 'pupils',
	value: '16,5',
	kind: 'comparable',
	source: 'Bærum kommune, årsrapport',
	sourceUrl: '',
	year: '2019',
	note: ''
};

describe('parseBenchmarkForm', () => {
	it('reads a decimal comma and turns blanks into null', () => {
		expect(parseBenchmarkForm(good)).toEqual({
			ok: true,
			value: {
				indicator: 'bta_per_user',
				category: 'school',
				unit: 'pupils',
				value: 16.5,
				kind: 'comparable',
				source: 'Bærum kommune, årsrapport',
				sourceUrl: null,
				year: 2019,
				note: null
			}
		});
	});

	it('names every bad field', () => {
		const result = parseBenchmarkForm({
			...good,
			value: '-3',
			source: ' ',
			year: '19',
			unit: 'castles'
		});
		expect(result.ok).toBe(false);
		expect(Object.keys(result.ok ? {} : result.problems).sort()).toEqual([
			'source',
			'unit',
			'value',
			'year'
		]);
	});

	it('insists that per-inhabitant figures are counted in inhabitants', () => {
		const result = parseBenchmarkForm({ ...good, indicator: 'bta_per_inhabitant', category: '' });
		expect(result.ok ? null : result.problems.unit).toMatch(/innbyggere/);
	});
});
