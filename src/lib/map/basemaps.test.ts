import { describe, expect, it } from 'vitest';
import { basemapFromSetting } from './basemaps';

describe('basemapFromSetting', () => {
	it.each([undefined, '', 'none', '  '])('is offline (null) for %j', (setting) => {
		expect(basemapFromSetting(setting)).toBeNull();
	});

	it('names Kartverket tiles and attribution for kartverket-grey', () => {
		const basemap = basemapFromSetting('kartverket-grey');
		expect(basemap?.tiles[0]).toContain('topograatone');
		expect(basemap?.attribution).toBe('© Kartverket');
	});

	it('falls back to offline for an unknown name', () => {
		expect(basemapFromSetting('google')).toBeNull();
	});
});
