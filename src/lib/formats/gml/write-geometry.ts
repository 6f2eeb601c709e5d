import type { MultiPolygon, Polygon, Position } from 'geojson';
import { WGS84_SRID } from '../../geometry/crs';
import { orientRings } from './orient-rings';
import { isNorthingFirst } from './read-srs';
import { element, type Xml } from './xml-builder';

/**
 * The srsName Planbord writes: the OGC http URI, which NPAD files use (plan-standards.md §6.1).
 * @example srsNameOf(25832) // 'http://www.opengis.net/def/crs/EPSG/0/25832'
 */
export function srsNameOf(srid: number): string {
	return `http://www.opengis.net/def/crs/EPSG/0/${srid}`;
}

/**
 * Writes a Polygon as `gml:Polygon` and a MultiPolygon as `gml:MultiSurface`, exterior
 * counter-clockwise and holes clockwise (R7), positions in the CRS's EPSG axis order (E N
 * for UTM), rounded to millimetres (nine decimals for degrees), repeated points dropped (R8).
 * @example writeSurface(polygon, 25832, '_abc') // <gml:Polygon gml:id="_abc-0" srsName="…">…
 */
export function writeSurface(geometry: Polygon | MultiPolygon, srid: number, idBase: string): Xml {
	const oriented = orientRings(geometry);
	const srsName = srsNameOf(srid);
	if (oriented.type === 'Polygon') {
		return polygon(oriented.coordinates, srid, { 'gml:id': `${idBase}-0`, srsName });
	}
	return element(
		'gml:MultiSurface',
		{ 'gml:id': `${idBase}-0`, srsName },
		oriented.coordinates.map((rings, i) =>
			element('gml:surfaceMember', {}, polygon(rings, srid, { 'gml:id': `${idBase}-${i + 1}` }))
		)
	);
}

/**
 * The `gml:Envelope` around geometries, or null when there are none.
 * @example writeEnvelope([polygon], 25832) // <gml:Envelope srsName="…"><gml:lowerCorner>…
 */
export function writeEnvelope(geometries: Array<Polygon | MultiPolygon>, srid: number): Xml | null {
	let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const geometry of geometries) {
		const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
		for (const [x, y] of rings.flat() as Array<[number, number]>) {
			[minX, minY, maxX, maxY] = [
				Math.min(minX, x),
				Math.min(minY, y),
				Math.max(maxX, x),
				Math.max(maxY, y)
			];
		}
	}
	if (minX > maxX) return null;
	return element(
		'gml:Envelope',
		{ srsName: srsNameOf(srid), srsDimension: 2 },
		element('gml:lowerCorner', {}, formatRing([[minX, minY]], srid)),
		element('gml:upperCorner', {}, formatRing([[maxX, maxY]], srid))
	);
}

function polygon(rings: Position[][], srid: number, attributes: Record<string, string>): Xml {
	const ring = (positions: Position[]) =>
		element('gml:LinearRing', {}, element('gml:posList', {}, formatRing(positions, srid)));
	const [exterior, ...interiors] = rings;
	return element(
		'gml:Polygon',
		attributes,
		element('gml:exterior', {}, ring(exterior ?? [])),
		interiors.map((hole) => element('gml:interior', {}, ring(hole)))
	);
}

/** Millimetres in projected CRSs, nine decimals (about 0.1 mm) in degrees. */
function scaleOf(srid: number): number {
	return srid === WGS84_SRID ? 1e9 : 1e3;
}

/** Rounded, axis-ordered positions with points that repeat the previous one dropped (R8). */
function formatRing(positions: Position[], srid: number): string {
	const scale = scaleOf(srid);
	const swap = isNorthingFirst(srid);
	const parts: string[] = [];
	let previous = '';
	for (const [x, y] of positions) {
		const [a, b] = swap ? [y!, x!] : [x!, y!];
		const text = `${Math.round(a * scale) / scale + 0} ${Math.round(b * scale) / scale + 0}`;
		if (text !== previous) parts.push(text);
		previous = text;
	}
	return parts.join(' ');
}
