import { describe, expect, it } from 'vitest';
import { geometryNode } from './fixtures/xml-nodes';
import { readSurface } from './read-surface';

const context = { dimension: 2, swap: false, where: { file: 'f.gml', feature: 'f1' } };
const ring = (list: string) =>
	`<gml:LinearRing><gml:posList>${list}</gml:posList></gml:LinearRing>`;
const polygon = (list: string) =>
	`<gml:Polygon><gml:exterior>${ring(list)}</gml:exterior></gml:Polygon>`;
const unit = '0 0 1 0 1 1 0 1 0 0';
const far = '5 5 6 5 6 6 5 6 5 5';

describe('readSurface', () => {
	it('reads a MultiSurface of two polygons as a MultiPolygon', () => {
		const xml = `<gml:MultiSurface><gml:surfaceMember>${polygon(unit)}</gml:surfaceMember><gml:surfaceMember>${polygon(far)}</gml:surfaceMember></gml:MultiSurface>`;
		expect(readSurface(geometryNode(xml), context).type).toBe('MultiPolygon');
	});

	it('reads surfaceMembers and CompositeSurface alike', () => {
		const xml = `<gml:CompositeSurface><gml:surfaceMember>${polygon(unit)}</gml:surfaceMember></gml:CompositeSurface>`;
		expect(readSurface(geometryNode(xml), context)).toEqual({
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[1, 0],
					[1, 1],
					[0, 1],
					[0, 0]
				]
			]
		});
	});

	it('reverses an OrientableCurve with orientation "-" inside a Ring', () => {
		const xml = `<gml:Polygon><gml:exterior><gml:Ring><gml:curveMember><gml:OrientableCurve orientation="-"><gml:baseCurve><gml:LineString><gml:posList>0 0 0 1 1 1 1 0 0 0</gml:posList></gml:LineString></gml:baseCurve></gml:OrientableCurve></gml:curveMember></gml:Ring></gml:exterior></gml:Polygon>`;
		expect(readSurface(geometryNode(xml), context).coordinates[0]).toEqual([
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0]
		]);
	});

	it('joins curve members, dropping the shared point', () => {
		const member = (list: string) =>
			`<gml:curveMember><gml:LineString><gml:posList>${list}</gml:posList></gml:LineString></gml:curveMember>`;
		const xml = `<gml:Polygon><gml:exterior><gml:Ring>${member('0 0 1 0 1 1')}${member('1 1 0 1 0 0')}</gml:Ring></gml:exterior></gml:Polygon>`;
		expect(readSurface(geometryNode(xml), context).coordinates[0]).toHaveLength(5);
	});

	it('refuses a curve member that only refers elsewhere, naming the line', () => {
		const xml = `<gml:Polygon><gml:exterior><gml:Ring>\n<gml:curveMember xlink:href="#c1"/></gml:Ring></gml:exterior></gml:Polygon>`;
		expect(() => readSurface(geometryNode(xml), context)).toThrow(
			expect.objectContaining({
				reason: 'unsupported-geometry-type',
				location: { file: 'f.gml', feature: 'f1', line: 2 }
			})
		);
	});

	it('refuses a segment type it cannot densify', () => {
		const xml = `<gml:Polygon><gml:exterior><gml:Ring><gml:curveMember><gml:Curve><gml:segments><gml:CubicSpline><gml:posList>0 0 1 1 2 0</gml:posList></gml:CubicSpline></gml:segments></gml:Curve></gml:curveMember></gml:Ring></gml:exterior></gml:Polygon>`;
		expect(() => readSurface(geometryNode(xml), context)).toThrow(/CubicSpline is not supported/);
	});

	it('refuses a ring with fewer than four positions', () => {
		expect(() => readSurface(geometryNode(polygon('0 0 1 0 0 0')), context)).toThrow(/at least 4/);
	});

	it('swaps axes when asked', () => {
		const swapped = readSurface(geometryNode(polygon('60 10 60 11 61 11 60 10')), {
			...context,
			swap: true
		});
		expect(swapped.coordinates[0]?.[0]).toEqual([10, 60]);
	});
});
