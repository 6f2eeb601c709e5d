import {
	Clipper,
	Clipper64,
	ClipType,
	EndType,
	FillRule,
	JoinType,
	PointInPolygonResult,
	PolyTree64,
	type Point64,
	type Paths64,
	type PolyPath64
} from 'clipper2-ts';
import { MM } from './local-frame';

/*
 * Boolean operations on areas in local millimetres. An area is Clipper's Paths64 with outer
 * rings positive (counter-clockwise) and holes negative, as every Clipper result is, so the
 * NonZero fill rule is always right. Collinear vertices are preserved: a vertex that one
 * area shares with its neighbour must survive in both, or the tiling gets T-junctions.
 */

function run(type: ClipType, subject: Paths64, clip: Paths64): Paths64 {
	const clipper = new Clipper64();
	clipper.preserveCollinear = true;
	clipper.addSubject(subject);
	if (clip.length > 0) clipper.addClip(clip);
	const solution: Paths64 = [];
	clipper.execute(type, FillRule.NonZero, solution);
	return solution;
}

/** @example intersectAreas(cell, boundary) */
export function intersectAreas(a: Paths64, b: Paths64): Paths64 {
	return run(ClipType.Intersection, a, b);
}

/** @example subtractAreas(cell, notch) */
export function subtractAreas(a: Paths64, b: Paths64): Paths64 {
	return run(ClipType.Difference, a, b);
}

/** Union of any number of areas. @example unionAreas([a, b]) */
export function unionAreas(areas: Paths64[]): Paths64 {
	return run(ClipType.Union, areas.flat(), []);
}

/**
 * Grows (positive) or shrinks (negative) an area by a distance in metres, mitred corners.
 * @example offsetArea(boundary, -2)
 */
export function offsetArea(area: Paths64, metres: number): Paths64 {
	return Clipper.inflatePaths(area, metres * MM, JoinType.Miter, EndType.Polygon, 4);
}

/** Area in m² (holes subtracted). @example areaOf(square100m) // 10000 */
export function areaOf(area: Paths64): number {
	return Clipper.areaPaths(area) / (MM * MM);
}

/**
 * True when the point lies strictly inside the area (holes excluded).
 * @example containsLocalPoint(boundary, { x: 0, y: 0 })
 */
export function containsLocalPoint(area: Paths64, point: Point64): boolean {
	let winding = 0;
	for (const path of area) {
		const where = Clipper.pointInPolygon(point, path);
		if (where === PointInPolygonResult.IsOn) return false;
		if (where === PointInPolygonResult.IsInside) winding += Clipper.isPositive(path) ? 1 : -1;
	}
	return winding > 0;
}

/** Bounding box of an area in local millimetres. */
export function boundsOf(area: Paths64): {
	left: number;
	bottom: number;
	right: number;
	top: number;
} {
	const r = Clipper.getBoundsPaths(area);
	return { left: r.left, bottom: r.top, right: r.right, top: r.bottom };
}

/**
 * The separate polygons of an area: each outer ring with its holes; islands inside holes
 * come out as parts of their own.
 * @example partsOf(twoSquares).length // 2
 */
export function partsOf(area: Paths64): Paths64[] {
	const tree = new PolyTree64();
	const clipper = new Clipper64();
	clipper.preserveCollinear = true;
	clipper.addSubject(area);
	clipper.execute(ClipType.Union, FillRule.NonZero, tree);
	const parts: Paths64[] = [];
	const visit = (node: PolyPath64): void => {
		for (let i = 0; i < node.count; i++) {
			const outer = node.child(i);
			if (!outer.poly) continue;
			const part: Paths64 = [outer.poly];
			for (let j = 0; j < outer.count; j++) {
				const hole = outer.child(j);
				if (hole.poly) part.push(hole.poly);
				visit(hole);
			}
			parts.push(part);
		}
	};
	visit(tree);
	return parts;
}
