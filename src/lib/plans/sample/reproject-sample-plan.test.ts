import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../types';
import { reprojectSamplePlan } from './reproject-sample-plan';

const plan = (): PlanDocument => ({
	header: {
		municipality: '0628',
		planId: '2007001',
		name: null,
		law: 'pbl1985',
		format: 'GeoJSON'
	},
	srid: 25832,
	features: [
		{
			type: 'Feature',
			properties: {
				kind: 'landuse',
				objectType: 'KpArealbrukOmråde',
				code: '110',
				codeList: 'arealbruk-1985',
				status: 1,
				name: 'B1',
				objectId: 'x',
				attributes: {}
			},
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[583000, 6610000],
						[583100, 6610000],
						[583100, 6610000.0001],
						[583100, 6610100],
						[583000, 6610000]
					]
				]
			}
		}
	]
});

describe('reprojectSamplePlan', () => {
	it('moves the plan to the new EPSG code', () => {
		const moved = reprojectSamplePlan(plan(), 25833);
		const [x, y] = (moved.features[0]?.geometry as Polygon).coordinates[0]![0]!;
		// PROJ 9.1 (cs2cs EPSG:25832 EPSG:25833): 583000 6610000 → 244636.825 6617793.779.
		expect([moved.srid, x, y]).toEqual([25833, 244636.825, 6617793.779]);
	});

	it('rounds to millimetres and drops a vertex that rounding makes a repeat', () => {
		const ring = (reprojectSamplePlan(plan(), 25833).features[0]?.geometry as Polygon)
			.coordinates[0]!;
		const onGrid = ring.every((p) =>
			p.every((v) => Math.abs(v * 1000 - Math.round(v * 1000)) < 1e-6)
		);
		expect([ring.length, onGrid]).toEqual([4, true]);
	});
});
