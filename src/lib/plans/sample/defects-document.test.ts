import { describe, expect, it } from 'vitest';
import { defectsDocument } from './defects-document';

describe('defectsDocument', () => {
	it('says the data is sample data and names the CRS of the points', () => {
		const doc = defectsDocument([]);
		expect([doc.about.includes('SAMPLE'), doc.crs, doc.defects]).toEqual([true, 'EPSG:25832', []]);
	});
});
