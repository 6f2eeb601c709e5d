import { describe, expect, it } from 'vitest';
import { DEFAULT_VISIBLE_LAYERS } from './layer-catalog';
import { parseMapUrl, serialiseMapUrl, type MapUrlState } from './url-state';

const parse = (query: string) => parseMapUrl(new URLSearchParams(query));

describe('parseMapUrl', () => {
	it('reads centre, zoom, layers, selection and proposal', () => {
		expect(
			parse('c=10.43,59.75&z=11.5&l=municipalities-old&s=municipality:0627&p=forslag-a')
		).toEqual({
			state: {
				centre: [10.43, 59.75],
				zoom: 11.5,
				layers: ['municipalities-old'],
				selected: 'municipality:0627',
				proposal: 'forslag-a',
				themes: {}
			},
			notes: []
		});
	});

	it('gives the default view for an empty query', () => {
		expect(parse('').state).toEqual({
			centre: null,
			zoom: null,
			layers: DEFAULT_VISIBLE_LAYERS,
			selected: null,
			proposal: null,
			themes: {}
		});
	});

	it.each([
		['c=abc', 'c'],
		['c=10.4', 'c'],
		['c=10.4,95', 'c'],
		['c=10,59,3', 'c'],
		['z=30', 'z'],
		['z=', 'z'],
		['c=,', 'c'],
		['s=<script>', 's']
	])('drops a malformed %s with a note and keeps the default', (query, param) => {
		const { state, notes } = parse(query);
		expect(notes).toEqual([{ param, value: new URLSearchParams(query).get(param) }]);
		expect(state.centre).toBeNull();
		expect(state.zoom).toBeNull();
		expect(state.selected).toBeNull();
	});

	it('keeps the known layers of a list with unknown ones, noting it', () => {
		const { state, notes } = parse('l=nosuch,municipalities-new');
		expect(state.layers).toEqual(['municipalities-new']);
		expect(notes.map((n) => n.param)).toEqual(['l']);
	});

	it('falls back to the default layers when none is known, but honours an explicit empty list', () => {
		expect(parse('l=nosuch').state.layers).toEqual(DEFAULT_VISIBLE_LAYERS);
		expect(parse('l=').state.layers).toEqual([]);
	});
});

describe('colour themes in the URL', () => {
	it('reads a known theme of a themed layer', () => {
		expect(parse('f=buildings:utilisation').state.themes).toEqual({ buildings: 'utilisation' });
	});

	it.each(['f=buildings:nosuch', 'f=municipalities-old:category', 'f=garbage'])(
		'drops %s with a note',
		(query) => {
			const { state, notes } = parse(query);
			expect(state.themes).toEqual({});
			expect(notes.map((n) => n.param)).toEqual(['f']);
		}
	);
});

describe('serialiseMapUrl', () => {
	it('round-trips through parseMapUrl', () => {
		const state: MapUrlState = {
			centre: [10.43123, 59.75456],
			zoom: 12.25,
			layers: ['municipalities-old', 'buildings'],
			selected: 'building:900000001',
			proposal: null,
			themes: { buildings: 'condition' }
		};
		expect(parseMapUrl(serialiseMapUrl(state)).state).toEqual(state);
	});
});
