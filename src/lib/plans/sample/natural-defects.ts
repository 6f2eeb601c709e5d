import { Clipper, type Path64, type Paths64, type Point64 } from 'clipper2-ts';
import { areaOf, intersectAreas, offsetArea, partsOf, unionAreas } from './area-ops';
import { interiorPoint } from './interior-point';
import { toPosition } from './local-frame';
import type { Defect } from './types';

/** Pieces smaller than this (m²) are rounding noise, not defects. */
const MINIMUM = 1;

/**
 * The gaps and overlaps that the real (generalised) 2019 boundaries already have: every
 * pair's intersection, and every hole of their union, including a hole that touches the
 * outside at a single vertex (Clipper returns that as a loop of the outer ring). Both plans
 * cover an overlap, neither covers a gap; a merge reports them whatever the plans hold.
 * @example naturalDefects({ '0220': asker, '0627': royken, '0628': hurum }, 'N')
 */
export function naturalDefects(
	boundaries: Readonly<Record<string, Paths64>>,
	prefix: string
): Defect[] {
	const found: Array<Omit<Defect, 'id'>> = [];
	const codes = Object.keys(boundaries).sort();
	for (const [i, a] of codes.entries()) {
		for (const b of codes.slice(i + 1)) {
			for (const part of partsOf(
				intersectAreas(boundaries[a] as Paths64, boundaries[b] as Paths64)
			)) {
				if (areaOf(part) < MINIMUM) continue;
				found.push({
					...measure(part),
					municipalities: [a, b],
					kind: 'overlap',
					expected: { conflict: 'overlap', rule: 'overlap-to-longest-border' },
					description: `The 2019 polygons of ${a} and ${b} overlap here: both plans cover it.`
				});
			}
		}
	}
	for (const hole of holesOf(unionAreas(codes.map((c) => boundaries[c] as Paths64)))) {
		if (areaOf([hole]) < MINIMUM) continue;
		const touching = codes.filter(
			(c) => intersectAreas(offsetArea(boundaries[c] as Paths64, 1), [hole]).length > 0
		);
		found.push({
			...measure([hole]),
			municipalities: touching,
			kind: 'gap',
			expected: { conflict: 'gap', rule: 'gap-unresolved' },
			description: `The 2019 polygons of ${touching.join(' and ')} leave a gap here: no plan covers it.`
		});
	}
	return found.map((d, k) => ({ id: `${prefix}${k + 1}`, ...d }));
}

function measure(
	area: Paths64
): Pick<Defect, 'point' | 'areaM2' | 'widthM' | 'natural' | 'objectIds'> {
	return {
		point: toPosition(interiorPoint(area)) as [number, number],
		areaM2: Math.round(areaOf(area)),
		widthM: null,
		natural: true,
		objectIds: []
	};
}

/**
 * Holes of an area as positive rings: its negative paths, and the loops of a positive
 * path that pinches itself at a vertex and runs the wrong way round there.
 */
export function holesOf(area: Paths64): Path64[] {
	const holes: Path64[] = [];
	for (const path of area) {
		const positive = Clipper.isPositive(path);
		for (const loop of loopsOf(path)) {
			if (loop.length < 3) continue;
			if (!positive) holes.push([...loop].reverse());
			else if (!Clipper.isPositive(loop)) holes.push([...loop].reverse());
		}
	}
	return holes;
}

/** Splits a ring at repeated vertices into simple loops. */
function loopsOf(path: Path64): Path64[] {
	const loops: Path64[] = [];
	const stack: Point64[] = [];
	const at = new Map<string, number>();
	for (const p of [...path, path[0] as Point64]) {
		const key = `${p.x},${p.y}`;
		const seen = at.get(key);
		if (seen !== undefined) {
			const loop = stack.splice(seen);
			for (const q of loop) at.delete(`${q.x},${q.y}`);
			loops.push(loop);
		}
		at.set(key, stack.length);
		stack.push(p);
	}
	return loops;
}
