import type { Paths64, Point64 } from 'clipper2-ts';
import type { Random } from '../../buildings/sample/prng';
import { boundsOf, containsLocalPoint } from './area-ops';
import { MM } from './local-frame';

/** A place that draws seed points (and so small land-use cells) towards it. */
export interface DensityCentre {
	point: Point64;
	/** Metres: the density falls to 61 % at this distance (one standard deviation). */
	radius: number;
	/** How many times denser than the countryside the centre is. */
	weight: number;
}

/**
 * Seed points for the Voronoi mosaic, inside the area, denser near the centres, on whole
 * metres and at least `spacing` metres apart (rejection sampling, so the result depends
 * only on the random stream). Fewer than `count` come back only if the area is too small.
 * @example seedPoints(boundary, 250, centres, createRandom('0220:seeds')).length // 250
 */
export function seedPoints(
	area: Paths64,
	count: number,
	centres: readonly DensityCentre[],
	random: Random,
	spacing = 60
): Point64[] {
	const box = boundsOf(area);
	const peak = 1 + centres.reduce((sum, c) => sum + c.weight, 0);
	const points: Point64[] = [];
	const minimum = (spacing * MM) ** 2;
	for (let attempt = 0; attempt < count * 2000 && points.length < count; attempt++) {
		const x = Math.round(random.uniform(box.left, box.right) / MM) * MM;
		const y = Math.round(random.uniform(box.bottom, box.top) / MM) * MM;
		const candidate = { x, y };
		if (random.next() * peak > density(candidate, centres)) continue;
		if (!containsLocalPoint(area, candidate)) continue;
		if (points.some((p) => (p.x - x) ** 2 + (p.y - y) ** 2 < minimum)) continue;
		points.push(candidate);
	}
	return points;
}

/** 1 in the countryside, 1 + weight at a centre, Gaussian fall-off. */
export function density(point: Point64, centres: readonly DensityCentre[]): number {
	let value = 1;
	for (const c of centres) {
		const d2 = ((point.x - c.point.x) ** 2 + (point.y - c.point.y) ** 2) / MM ** 2;
		value += c.weight * Math.exp(-d2 / (2 * c.radius ** 2));
	}
	return value;
}
