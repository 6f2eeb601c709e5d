import type { MultiPolygon, Polygon, Position } from 'geojson';
import { ParseError, ReasonMalformedGml, ReasonUnsupportedGeometryType } from '../../errors';
import { orientRings } from './orient-rings';
import { readRing, type RingContext } from './read-ring';
import { attributeOf, childrenNamed, type XmlNode } from './xml-node';

/** The GML elements that are (collections of) surfaces. */
export const SURFACE_ELEMENTS = new Set([
	'Polygon',
	'Surface',
	'MultiSurface',
	'CompositeSurface',
	'OrientableSurface',
	'MultiPolygon'
]);

/**
 * Reads a GML surface into GeoJSON: one polygon gives a Polygon, several a MultiPolygon,
 * with RFC 7946 ring orientation whatever the file's orientation was.
 * @example readSurface(multiSurfaceNode, { dimension: 2, swap: false, where: {} }).type // 'Polygon'
 */
export function readSurface(surface: XmlNode, context: RingContext): Polygon | MultiPolygon {
	const polygons = collectPolygons(surface, context);
	if (polygons.length === 0) {
		throw new ParseError(ReasonMalformedGml, `gml:${surface.local} has no polygons`, {
			...context.where,
			line: surface.line
		});
	}
	const geometry: Polygon | MultiPolygon =
		polygons.length === 1
			? { type: 'Polygon', coordinates: polygons[0] as Position[][] }
			: { type: 'MultiPolygon', coordinates: polygons };
	return orientRings(geometry);
}

function collectPolygons(node: XmlNode, outer: RingContext): Position[][][] {
	const declared = Number(attributeOf(node, 'srsDimension'));
	const context = declared === 2 || declared === 3 ? { ...outer, dimension: declared } : outer;
	switch (node.local) {
		case 'Polygon':
		case 'PolygonPatch':
			return [readPolygon(node, context)];
		case 'Surface':
			return membersOf(node, ['patches', 'polygonPatches'], context);
		case 'MultiSurface':
		case 'CompositeSurface':
			return membersOf(node, ['surfaceMember', 'surfaceMembers'], context);
		case 'MultiPolygon':
			return membersOf(node, ['polygonMember'], context);
		case 'OrientableSurface':
			return membersOf(node, ['baseSurface'], context);
		default:
			throw new ParseError(ReasonUnsupportedGeometryType, `gml:${node.local} is not a surface`, {
				...context.where,
				line: node.line
			});
	}
}

function membersOf(node: XmlNode, wrappers: string[], context: RingContext): Position[][][] {
	return node.children
		.filter((child) => wrappers.includes(child.local))
		.flatMap((wrapper) => wrapper.children.flatMap((member) => collectPolygons(member, context)));
}

function readPolygon(polygon: XmlNode, context: RingContext): Position[][] {
	const exterior = [
		...childrenNamed(polygon, 'exterior'),
		...childrenNamed(polygon, 'outerBoundaryIs')
	];
	const interiors = [
		...childrenNamed(polygon, 'interior'),
		...childrenNamed(polygon, 'innerBoundaryIs')
	];
	const shell = exterior[0]?.children[0];
	if (!shell) {
		throw new ParseError(ReasonMalformedGml, `gml:${polygon.local} has no exterior ring`, {
			...context.where,
			line: polygon.line
		});
	}
	const holes = interiors.flatMap((interior) =>
		interior.children.map((ring) => readRing(ring, context))
	);
	return [readRing(shell, context), ...holes];
}
