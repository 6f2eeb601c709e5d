import type { Position } from 'geojson';
import {
	ParseError,
	ReasonMalformedGml,
	ReasonUnclosedRing,
	ReasonUnsupportedGeometryType,
	type ErrorLocation
} from '../../errors';
import { densifyArc, densifyCircle } from './densify-arc';
import { readPos, readPosList } from './read-positions';
import { attributeOf, childrenNamed, type XmlNode } from './xml-node';

/** What a ring needs from its surroundings: tuple size, axis swap, and where errors point. */
export interface RingContext {
	dimension: number;
	swap: boolean;
	where: ErrorLocation;
}

/**
 * Reads a `gml:LinearRing` (posList or pos) or a `gml:Ring` of curve members (line string
 * segments and arcs, arcs densified) into a closed ring of E N positions.
 * @example readRing(linearRingNode, { dimension: 2, swap: false, where: {} })
 */
export function readRing(ring: XmlNode, context: RingContext): Position[] {
	const dimension = dimensionOf(ring, context.dimension);
	const positions =
		ring.local === 'Ring'
			? readCurveMembers(ring, dimension, context.where)
			: readPositions(ring, dimension, context.where);
	const where = { ...context.where, line: ring.line };
	if (positions.length < 4) {
		throw new ParseError(
			ReasonMalformedGml,
			`ring has ${positions.length} positions; at least 4 are needed`,
			where
		);
	}
	const first = positions[0] as Position;
	const last = positions.at(-1) as Position;
	if (first[0] !== last[0] || first[1] !== last[1]) {
		throw new ParseError(
			ReasonUnclosedRing,
			`ring is not closed: it starts at ${first.join(' ')} and ends at ${last.join(' ')}`,
			where
		);
	}
	return context.swap ? positions.map(([a, b]) => [b as number, a as number]) : positions;
}

function readPositions(node: XmlNode, dimension: number, where: ErrorLocation): Position[] {
	const posList = childrenNamed(node, 'posList')[0];
	if (posList) {
		return readPosList(posList.text, dimensionOf(posList, dimension), {
			...where,
			line: posList.line
		});
	}
	const pos = childrenNamed(node, 'pos');
	if (pos.length > 0) return pos.map((p) => readPos(p.text, { ...where, line: p.line }));
	throw unsupported(node.children[0] ?? node, where);
}

function readCurveMembers(ring: XmlNode, dimension: number, where: ErrorLocation): Position[] {
	const out: Position[] = [];
	for (const member of childrenNamed(ring, 'curveMember')) {
		const curve = member.children[0];
		if (!curve) {
			const what = 'a curveMember that refers to a curve elsewhere (xlink:href) is not supported';
			throw new ParseError(ReasonUnsupportedGeometryType, what, { ...where, line: member.line });
		}
		append(out, readCurve(curve, dimension, where));
	}
	return out;
}

function readCurve(curve: XmlNode, inherited: number, where: ErrorLocation): Position[] {
	const dimension = dimensionOf(curve, inherited);
	if (curve.local === 'LineString') return readPositions(curve, dimension, where);
	if (curve.local === 'OrientableCurve') {
		const base = childrenNamed(curve, 'baseCurve')[0]?.children[0];
		if (!base) throw unsupported(curve, where);
		const positions = readCurve(base, dimension, where);
		return attributeOf(curve, 'orientation') === '-' ? positions.reverse() : positions;
	}
	if (curve.local !== 'Curve') throw unsupported(curve, where);
	const out: Position[] = [];
	for (const segment of childrenNamed(curve, 'segments')[0]?.children ?? []) {
		append(out, readSegment(segment, dimensionOf(segment, dimension), where));
	}
	return out;
}

function readSegment(segment: XmlNode, dimension: number, where: ErrorLocation): Position[] {
	if (segment.local === 'LineStringSegment') return readPositions(segment, dimension, where);
	const points = readPositions(segment, dimension, where);
	const at = { ...where, line: segment.line };
	if (segment.local === 'Circle' && points.length === 3) {
		return densifyCircle(points[0]!, points[1]!, points[2]!);
	}
	if (
		(segment.local === 'Arc' && points.length === 3) ||
		(segment.local === 'ArcString' && points.length % 2 === 1)
	) {
		const out: Position[] = [];
		for (let i = 0; i + 2 < points.length; i += 2) {
			append(out, densifyArc(points[i]!, points[i + 1]!, points[i + 2]!));
		}
		return out;
	}
	if (segment.local === 'Arc' || segment.local === 'ArcString' || segment.local === 'Circle') {
		throw new ParseError(ReasonMalformedGml, `${segment.local} has ${points.length} points`, at);
	}
	throw unsupported(segment, where);
}

/** Joins curve pieces, dropping the shared point where one piece ends and the next begins. */
function append(out: Position[], piece: Position[]): void {
	const last = out.at(-1);
	const first = piece[0];
	const joined = last && first && last[0] === first[0] && last[1] === first[1];
	for (let i = joined ? 1 : 0; i < piece.length; i++) out.push(piece[i] as Position);
}

function dimensionOf(node: XmlNode, inherited: number): number {
	const declared = Number(attributeOf(node, 'srsDimension'));
	return declared === 2 || declared === 3 ? declared : inherited;
}

function unsupported(node: XmlNode, where: ErrorLocation): ParseError {
	return new ParseError(
		ReasonUnsupportedGeometryType,
		`gml:${node.local} is not supported in a surface`,
		{
			...where,
			line: node.line
		}
	);
}
