import type { MultiPolygon, Polygon, Position } from 'geojson';
import {
	Clipper,
	Clipper64,
	ClipType,
	FillRule,
	PolyTree64,
	type Path64,
	type PolyPath64,
	type Paths64
} from 'clipper2-ts';
import type { Utm32 } from '../../geometry/types';
import { toLocal, toPosition } from './local-frame';

/*
 * GeoJSON polygons in EPSG:25832 ⇄ Clipper areas in local millimetres. Reading normalises
 * through an even-odd union, so ring orientation in the input does not matter; writing goes
 * through a PolyTree, so holes land in the polygon that contains them and islands inside
 * holes become polygons of their own. Output rings are closed, outer counter-clockwise and
 * holes clockwise (the RFC 7946 convention), with no repeated consecutive vertex.
 */

/**
 * A Polygon or MultiPolygon in metres as a normalised area (rounded to 1 mm).
 * @example toArea(toUtm32(boundary))
 */
export function toArea(geometry: Utm32<Polygon | MultiPolygon>): Paths64 {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const paths: Paths64 = [];
	for (const rings of polygons) {
		for (const ring of rings) paths.push(Clipper.stripDuplicates(ring.map(toLocal), true));
	}
	const clipper = new Clipper64();
	clipper.preserveCollinear = true;
	clipper.addSubject(paths);
	const solution: Paths64 = [];
	clipper.execute(ClipType.Union, FillRule.EvenOdd, solution);
	return solution;
}

/**
 * An area as GeoJSON polygons in metres, one per outer ring, holes attached.
 * @example toPolygons(cell).length // 1
 */
export function toPolygons(area: Paths64): Utm32<Polygon>[] {
	const tree = new PolyTree64();
	const clipper = new Clipper64();
	clipper.preserveCollinear = true;
	clipper.addSubject(area);
	clipper.execute(ClipType.Union, FillRule.NonZero, tree);
	const polygons: Utm32<Polygon>[] = [];
	collect(tree, polygons);
	return polygons;
}

/** One GeoJSON geometry for an area: a Polygon when it has one part, else a MultiPolygon. */
export function toGeometry(area: Paths64): Utm32<Polygon | MultiPolygon> {
	const polygons = toPolygons(area);
	if (polygons.length === 1) return polygons[0] as Utm32<Polygon>;
	return {
		type: 'MultiPolygon',
		coordinates: polygons.map((p) => p.coordinates)
	} as Utm32<MultiPolygon>;
}

function collect(node: PolyPath64, out: Utm32<Polygon>[]): void {
	for (let i = 0; i < node.count; i++) {
		const outer = node.child(i);
		if (!outer.poly) continue;
		const rings: Position[][] = [ring(outer.poly, true)];
		for (let j = 0; j < outer.count; j++) {
			const hole = outer.child(j);
			if (hole.poly) rings.push(ring(hole.poly, false));
			collect(hole, out);
		}
		out.push({ type: 'Polygon', coordinates: rings } as Utm32<Polygon>);
	}
}

function ring(path: Path64, counterClockwise: boolean): Position[] {
	const clean = Clipper.stripDuplicates(path, true);
	const oriented = Clipper.isPositive(clean) === counterClockwise ? clean : [...clean].reverse();
	const positions = oriented.map(toPosition);
	positions.push([...(positions[0] as Position)]);
	return positions;
}
