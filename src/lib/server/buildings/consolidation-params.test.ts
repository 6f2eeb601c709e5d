import { describe, expect, it } from 'vitest';
import { DEFAULT_CONSOLIDATION_OPTIONS } from '$lib/efficiency/consolidation';
import { parseConsolidationParams } from './consolidation-params';

const parse = (query: string) => parseConsolidationParams(new URLSearchParams(query));

describe('parseConsolidationParams', () => {
	it('gives the defaults, and their form text, for an empty query', () => {
		expect(parse('')).toEqual({
			options: { ...DEFAULT_CONSOLIDATION_OPTIONS },
			values: { avstand: '2000', utnyttelse: '70', etterslep: '3000', tg: '2' },
			problems: []
		});
	});

	it('reads every criterion, with the utilisation threshold in percent', () => {
		const { options, values, problems } = parse('avstand=1500&utnyttelse=55&etterslep=2500&tg=3');
		expect([options.maxDistance, options.lowUtilisation, options.highBacklogPerM2]).toEqual([
			1500, 0.55, 2500
		]);
		expect(options.poorCondition).toBe(3);
		expect(values).toEqual({ avstand: '1500', utnyttelse: '55', etterslep: '2500', tg: '3' });
		expect(problems).toEqual([]);
	});

	it('accepts Norwegian number writing: spaces between thousands and a decimal comma', () => {
		const { options } = parse('avstand=2%C2%A0500&utnyttelse=62,5');
		expect([options.maxDistance, options.lowUtilisation]).toEqual([2500, 0.625]);
	});

	it('takes the default silently for a blank field', () => {
		expect(parse('avstand=&tg=').problems).toEqual([]);
		expect(parse('avstand=').options.maxDistance).toBe(2000);
	});

	it.each([
		['avstand=abc', 'avstand', 'abc', 'not-a-number'],
		['avstand=1e3', 'avstand', '1e3', 'not-a-number'],
		['avstand=-5', 'avstand', '-5', 'out-of-range'],
		['avstand=100001', 'avstand', '100001', 'out-of-range'],
		['utnyttelse=150', 'utnyttelse', '150', 'out-of-range'],
		['etterslep=Infinity', 'etterslep', 'Infinity', 'not-a-number'],
		['tg=2.5', 'tg', '2.5', 'not-whole'],
		['tg=4', 'tg', '4', 'out-of-range']
	])('reports %s and uses the default instead', (query, param, value, reason) => {
		const { options, values, problems } = parse(query);
		expect(problems).toEqual([{ param, value, reason }]);
		expect(options).toEqual({ ...DEFAULT_CONSOLIDATION_OPTIONS });
		expect(values).toEqual({ avstand: '2000', utnyttelse: '70', etterslep: '3000', tg: '2' });
	});

	it('keeps the good values when one is bad', () => {
		const { options, problems } = parse('avstand=10&utnyttelse=x');
		expect(options.maxDistance).toBe(10);
		expect(options.lowUtilisation).toBe(0.7);
		expect(problems.map((p) => p.param)).toEqual(['utnyttelse']);
	});
});
