import { describe, expect, it } from 'vitest';
import type { PlanDocument, PlanFeature } from '../types';
import { codeTable, countTable, defectTable } from './summarise-plans';
import type { Defect } from './types';

const square = (size: number) => ({
	type: 'Polygon' as const,
	coordinates: [
		[
			[0, 0],
			[size, 0],
			[size, size],
			[0, size],
			[0, 0]
		]
	]
});
const feature = (
	kind: PlanFeature['properties']['kind'],
	code: string | null,
	size: number
): PlanFeature => ({
	type: 'Feature',
	geometry: square(size),
	properties: {
		kind,
		objectType: 'x',
		code,
		codeList: code ? 'arealformal-2008' : 'none',
		status: 1,
		name: null,
		objectId: 'x',
		attributes: {}
	}
});
const plan = (): PlanDocument => ({
	header: { municipality: '0220', planId: '1', name: null, law: 'pbl2008', format: 'GML' },
	srid: 25832,
	features: [
		feature('planarea', null, 2000),
		feature('landuse', '1110', 1000),
		feature('landuse', '5100', 1732.0508)
	]
});

describe('countTable', () => {
	it('counts features by kind and sums areas in km²', () => {
		expect(countTable([{ file: 'a.gml', document: plan() }]).split('\n')[2]).toBe(
			'| 0220 | `a.gml` | 1 | 2 | 0 | 4.00 | 4.00 |'
		);
	});
});

describe('codeTable', () => {
	it('lists codes largest first with names and shares', () => {
		expect(codeTable(plan()).split('\n').slice(2)).toEqual([
			'| 5100 LNFR-areal for nødvendige tiltak for landbruk og reindrift og gårdstilknyttet næringsvirksomhet basert på gårdens ressursgrunnlag | 1 | 3.00 | 75.0 |',
			'| 1110 Boligbebyggelse | 1 | 1.00 | 25.0 |'
		]);
	});
});

describe('defectTable', () => {
	it('writes one row per defect with its expected conflict and rule', () => {
		const d: Defect = {
			id: 'D01',
			municipalities: ['0220', '0627'],
			kind: 'sliver',
			expected: { conflict: 'gap', rule: 'sliver-to-longest-border' },
			point: [1.25, 2],
			areaM2: 200,
			widthM: 0.5,
			natural: false,
			objectIds: [],
			description: ''
		};
		expect(defectTable([d]).split('\n')[2]).toBe(
			'| D01 | 0220, 0627 | sliver | gap / sliver-to-longest-border | 1.3 2.0 | 200 | 0.5 m |'
		);
	});
});
