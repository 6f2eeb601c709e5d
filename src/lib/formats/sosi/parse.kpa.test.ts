import { describe, expect, it } from 'vitest';
import kpaUrl from './fixtures/kpa-example.sos?url&inline';
import { fixtureBytes } from './fixtures/bytes';
import { parseSosi } from './parse';
import { polygonArea, signedRingArea } from './ring-area';

/*
 * plan-standards §4.6: a 1 km × 1 km KPA (E 580000–581000, N 6633000–6634000) split into
 * a west half 1110 (500 m × 1000 m = 500 000 m²) and an east half 5100 with a 200 m ×
 * 200 m island of 1160 (500 000 − 40 000 = 460 000 m²; island 40 000 m²).
 */
const read = () => parseSosi(fixtureBytes(kpaUrl), { fileName: 'kpa-example.sos' });

describe('parseSosi on the §4.6 KPA example', () => {
	it('reads four areas in EPSG:25832', () => {
		const result = read();
		expect(result.srid).toBe(25832);
		expect(result.features.map((f) => f.properties.objectId)).toEqual(['10', '11', '12', '13']);
	});

	it('computes the hand-made areas', () => {
		const areas = read().features.map((f) => polygonArea(f.geometry.coordinates as number[][][]));
		expect(areas).toEqual([1_000_000, 500_000, 460_000, 40_000]);
	});

	it('maps codes, status and kinds', () => {
		const props = read().features.map(({ properties: p }) => [
			p.kind,
			p.code,
			p.codeList,
			p.status
		]);
		expect(props).toEqual([
			['planarea', null, 'none', null],
			['landuse', '1110', 'arealformal-2008', 1],
			['landuse', '5100', 'arealformal-2008', 1],
			['landuse', '1160', 'arealformal-2008', 2]
		]);
	});

	it('turns ( :5 ) into a clockwise hole inside a counter-clockwise outer ring', () => {
		const [outer, hole] = read().features[2]?.geometry.coordinates as number[][][];
		expect(signedRingArea(outer as number[][])).toBe(500_000);
		expect(signedRingArea(hole as number[][])).toBe(-40_000);
	});

	it('drops the vertex two curves share, which GDAL keeps', () => {
		const [outer] = read().features[1]?.geometry.coordinates as number[][][];
		expect(outer).toEqual([
			[580000, 6633000],
			[580500, 6633000],
			[580500, 6634000],
			[580000, 6634000],
			[580000, 6633000]
		]);
	});

	it('fills the plan header', () => {
		expect(read().header).toEqual({
			municipality: '0220',
			planId: '2018001',
			name: 'Kommuneplanens arealdel (demo)',
			law: 'pbl2008',
			format: 'SOSI 4.5'
		});
	});

	it('keeps other attributes dotted, kommunenummer as a 4-character string', () => {
		expect(read().features[0]?.properties.attributes).toEqual({
			'NASJONALAREALPLANID.KOMM': '0220',
			'NASJONALAREALPLANID.PLANID': 2018001,
			PLANTYPE: 20,
			PLANSTAT: 3,
			LOVREFERANSE: 6,
			IKRAFT: 20171115
		});
	});

	it('notes nothing for boundary curves that areas use', () => {
		expect(read().notes).toEqual([]);
	});
});
