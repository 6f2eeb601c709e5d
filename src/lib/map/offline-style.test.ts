import { describe, expect, it } from 'vitest';
import { basemapFromSetting } from './basemaps';
import { offlineStyle } from './offline-style';

describe('offlineStyle', () => {
	it('draws land from our own geodata, including the neighbours of the three', () => {
		const land = offlineStyle(null).sources.land as { data: { features: unknown[] } };
		expect(land.data.features).toHaveLength(14);
	});

	it('references no URL at all without a basemap (works with no internet)', () => {
		const style = offlineStyle(null);
		expect(JSON.stringify(style)).not.toMatch(/https?:/);
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		expect(style.layers.map((l) => l.id)).toEqual(['background', 'land', 'land-boundaries']);
	});

	it('adds the configured raster basemap above the background, with attribution', () => {
		const style = offlineStyle(basemapFromSetting('kartverket-topo'));
		expect(style.layers.map((l) => l.id)).toEqual([
			'background',
			'land',
			'land-boundaries',
			'basemap'
		]);
		expect(style.sources.basemap).toMatchObject({ type: 'raster', attribution: '© Kartverket' });
	});
});
