import type { Paths64 } from 'clipper2-ts';
import { pathsArea } from './paths-area';
import { UNITS_PER_METRE } from './to-paths';

/**
 * Perimeter in metres of a region: all rings, holes included.
 * @example perimeter(square1km) // 4000
 */
export function perimeter(shape: Paths64): number {
	let sum = 0;
	for (const path of shape) {
		for (let i = 0; i < path.length; i++) {
			const a = path[i]!;
			const b = path[(i + 1) % path.length]!;
			sum += Math.hypot(b.x - a.x, b.y - a.y);
		}
	}
	return sum / UNITS_PER_METRE;
}

/**
 * Mean width in metres, 2·area/perimeter: exactly the width of a long strip (a 2 m × 1 km
 * strip gives 1.996), half the side of a square. This is the sliver measure the
 * merge compares with `sliverWidth` (plan-standards §5 R17, "småpolygon").
 * @example meanWidth(strip2mBy1km) // ≈ 2
 */
export function meanWidth(shape: Paths64): number {
	const p = perimeter(shape);
	if (p === 0) return 0;
	const areaM2 = pathsArea(shape) / UNITS_PER_METRE ** 2;
	return (2 * areaM2) / p;
}
