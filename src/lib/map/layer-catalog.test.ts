import { describe, expect, it } from 'vitest';
import {
	catalogLayer,
	DEFAULT_VISIBLE_LAYERS,
	LAYER_CATALOG,
	layerColour,
	legendOf
} from './layer-catalog';

describe('LAYER_CATALOG', () => {
	it('has unique ids and a legend entry for every layer', () => {
		const ids = LAYER_CATALOG.map((l) => l.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(LAYER_CATALOG.filter((l) => l.legend.length === 0)).toEqual([]);
	});

	it('shows the municipality boundaries by default', () => {
		expect(DEFAULT_VISIBLE_LAYERS).toEqual(['municipalities-old', 'municipalities-new']);
	});
});

describe('layerColour', () => {
	it('builds the map colour from the legend entries of a categorised layer', () => {
		expect(layerColour(catalogLayer('municipalities-old')!)).toEqual([
			'match',
			['get', 'number'],
			'0220',
			'#009E73',
			'0627',
			'#0072B2',
			'0628',
			'#E69F00',
			'#888888'
		]);
	});

	it('is the single legend colour for a plain layer', () => {
		expect(layerColour(catalogLayer('municipalities-new')!)).toBe('#222222');
	});
});

describe('colour themes', () => {
	const buildings = catalogLayer('buildings')!;

	it('colours buildings by category by default, with the same entries as the legend', () => {
		const colour = layerColour(buildings) as unknown[];
		expect(colour[0]).toBe('case');
		const match = colour[2] as unknown[];
		expect(match.slice(0, 4)).toEqual(['match', ['get', 'category'], 'school', '#0072B2']);
		expect(legendOf(buildings).map((e) => e.colour)).toEqual([
			...match.slice(2, -1).filter((_, i) => i % 2 === 1),
			match.at(-1)
		]);
	});

	it('grades condition with steps at TG1, TG2 and TG3 and a grey "ikke vurdert"', () => {
		const colour = layerColour(buildings, 'condition') as unknown[];
		expect(colour).toEqual([
			'case',
			['has', 'condition'],
			['step', ['get', 'condition'], '#1a9641', 1, '#a6d96a', 2, '#fdae61', 3, '#d7191c'],
			'#9e9e9e'
		]);
		expect(legendOf(buildings, 'condition').at(-1)!.label).toBe('Ikke vurdert');
	});

	it('falls back to the default theme for an unknown theme id', () => {
		expect(layerColour(buildings, 'nosuch')).toEqual(layerColour(buildings));
	});
});
