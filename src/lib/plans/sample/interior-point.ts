import type { Paths64, Point64 } from 'clipper2-ts';
import { boundsOf } from './area-ops';

/** Heights (as fractions of the bounding box) at which horizontal lines are tried. */
const LINES = [0.5, 0.35, 0.65, 0.2, 0.8, 0.43, 0.57, 0.27, 0.73, 0.1, 0.9];

/**
 * A point well inside an area: the middle of the widest inside stretch of a few
 * horizontal lines across it (even-odd over all rings, so holes are avoided). Unlike a
 * centroid it is inside a C-shaped or holed polygon too.
 * @example interiorPoint(sliver) // a point halfway across the sliver
 */
export function interiorPoint(area: Paths64): Point64 {
	const box = boundsOf(area);
	let best: { x: number; y: number; width: number } | null = null;
	for (const fraction of LINES) {
		const y = Math.floor(box.bottom + (box.top - box.bottom) * fraction) + 0.5;
		const xs: number[] = [];
		for (const path of area) {
			path.forEach((a, i) => {
				const b = path[(i + 1) % path.length] as Point64;
				if (a.y > y !== b.y > y) xs.push(a.x + ((y - a.y) * (b.x - a.x)) / (b.y - a.y));
			});
		}
		xs.sort((p, q) => p - q);
		for (let i = 0; i + 1 < xs.length; i += 2) {
			const width = (xs[i + 1] as number) - (xs[i] as number);
			if (!best || width > best.width)
				best = { x: ((xs[i] as number) + (xs[i + 1] as number)) / 2, y, width };
		}
	}
	if (!best) throw new RangeError('the area is empty');
	return { x: Math.round(best.x), y: Math.round(best.y) };
}
