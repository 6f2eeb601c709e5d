import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseSosi } from '../../src/lib/formats/sosi/parse';
import { polygonArea } from '../../src/lib/formats/sosi/ring-area';
import { writeSosi } from '../../src/lib/formats/sosi/write';
import type { PlanDocument, PlanFeature } from '../../src/lib/plans/types';
import { readFileWithGdal, readWithGdal, runGdalTests } from '../helpers/gdal';

/*
 * GDAL's SOSI driver is FYBA, Kartverket's own library: an independent reader for what
 * writeSosi produces, and an independent measure of the real Saltdal file. Its traps
 * (plan-standards §0 item 5, §4.6): KOMM comes back as an integer, KPAREALFORMÅL and
 * RPAREALFORMÅL both land in the field `arealformål`, zones in their own fields (`fare`).
 */

const SALTDAL = fileURLToPath(
	new URL('../../src/lib/formats/sosi/fixtures/regplan-1840-saltdal.sos', import.meta.url)
);

/** A w × h rectangle at (e, n), counter-clockwise, with a 10 m square hole in its middle. */
function rectangleWithHole(e: number, n: number, w: number, h: number): Position[][] {
	const cx = e + w / 2;
	const cy = n + h / 2;
	return [
		[
			[e, n],
			[e + w, n],
			[e + w, n + h],
			[e, n + h],
			[e, n]
		],
		[
			[cx - 5, cy - 5],
			[cx - 5, cy + 5],
			[cx + 5, cy + 5],
			[cx + 5, cy - 5],
			[cx - 5, cy - 5]
		]
	];
}

const CODES = ['1110', '1120', '1130', '1160', '1400', '2010', '3040', '5100', '5200', '6001'];

/** Ten areas near Asker rådhus (E ≈ 580 000, N ≈ 6 633 000), sizes differing by the index. */
function askerPlan(): PlanDocument {
	const features: PlanFeature[] = CODES.map((code, i) => ({
		type: 'Feature',
		geometry: {
			type: 'Polygon',
			coordinates: rectangleWithHole(
				580000 + (i % 5) * 300,
				6633000 + Math.floor(i / 5) * 300,
				120 + i * 13.37,
				80 + i * 7.01
			)
		},
		properties: {
			kind: 'landuse',
			objectType: 'KpArealformålOmråde',
			code,
			codeList: 'arealformal-2008',
			status: (i % 2) + 1,
			name: `Område ${i + 1} på Bråtan`,
			objectId: `id-${i + 1}`,
			attributes: {}
		}
	}));
	features.push({
		type: 'Feature',
		geometry: { type: 'Polygon', coordinates: rectangleWithHole(580000, 6633000, 400, 250) },
		properties: {
			kind: 'zone',
			objectType: 'KpFareSone',
			code: '310',
			codeList: 'hensynssone',
			status: null,
			name: 'H310_1',
			objectId: 'zone-1',
			attributes: { BESKRIVELSE: 'Ras- og skredfare' }
		}
	});
	const header = { municipality: '0220', planId: '2018001', name: null, law: null, format: 'test' };
	return { header, srid: 25832, features };
}

const areaOf = (feature: Feature) => polygonArea((feature.geometry as Polygon).coordinates);

describe.runIf(runGdalTests)('SOSI with GDAL/FYBA as the oracle', () => {
	it('GDAL reads every polygon writeSosi wrote, with codes, kommunenummer and areas', () => {
		const plan = askerPlan();
		const gdal = readWithGdal('plan.sos', writeSosi(plan), 'polygons').features;
		expect(gdal).toHaveLength(plan.features.length);
		gdal.forEach((feature, i) => {
			const ours = plan.features[i] as PlanFeature;
			const props = feature.properties as Record<string, unknown>;
			expect(props.objekttypenavn).toBe(ours.properties.objectType);
			const code = ours.properties.objectType === 'KpFareSone' ? props.fare : props['arealformål'];
			expect(String(code)).toBe(ours.properties.code);
			// GDAL types kommunenummer as Integer, so 0220 arrives as 220 (§4.6).
			expect(String(props.kommunenummer).padStart(4, '0')).toBe('0220');
			expect(Math.abs(areaOf(feature) / areaOf(ours) - 1)).toBeLessThan(1e-4);
		});
	});

	it('GDAL decodes the ISO8859-10 names writeSosi wrote', () => {
		const gdal = readWithGdal('plan.sos', writeSosi(askerPlan()), 'polygons').features;
		expect(gdal[0]?.properties?.['områdenavn']).toBe('Område 1 på Bråtan');
	});

	it('the Saltdal RpArealformålOmråde areas total what GDAL measures', () => {
		const isFormål = (type: unknown) => type === 'RpArealformålOmråde';
		const gdal = readFileWithGdal(SALTDAL, 'polygons').features.filter((f) =>
			isFormål(f.properties?.objekttypenavn)
		);
		const ours = parseSosi(readFileSync(SALTDAL)).features.filter((f) =>
			isFormål(f.properties.objectType)
		);
		expect(ours).toHaveLength(gdal.length);
		const total = (features: Feature[]) => features.reduce((sum, f) => sum + areaOf(f), 0);
		expect(total(ours)).toBeCloseTo(total(gdal), 2);
	});
});
