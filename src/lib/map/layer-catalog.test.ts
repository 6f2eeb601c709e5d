import { describe, expect, it } from 'vitest';
import { catalogLayer, DEFAULT_VISIBLE_LAYERS, LAYER_CATALOG, layerColour } from './layer-catalog';

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
