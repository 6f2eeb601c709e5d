import type { Path64, Paths64 } from 'clipper2-ts';

/** Above this, a product or a running sum of integers can no longer be held exactly in a double. */
const SAFE = 2 ** 52;

/**
 * Twice the signed area of an integer ring in grid units² (positive when counter-clockwise
 * with y pointing north), computed exactly: each term is an exact integer product, and the
 * running sum moves into a BigInt before it could lose a unit. Exactness is what lets the
 * area account balance to the square millimetre instead of to floating-point noise.
 * @example ringTwiceArea([{ x: 0, y: 0 }, { x: 2, y: 0 }, { x: 2, y: 3 }, { x: 0, y: 3 }]) // 12
 */
export function ringTwiceArea(path: Path64): number {
	const n = path.length;
	if (n < 3) return 0;
	const { x: x0, y: y0 } = path[0]!;
	let sum = 0;
	let big = 0n;
	for (let i = 1; i < n - 1; i++) {
		const a = path[i]!;
		const b = path[i + 1]!;
		const ax = a.x - x0;
		const ay = a.y - y0;
		const bx = b.x - x0;
		const by = b.y - y0;
		const p = ax * by;
		const q = bx * ay;
		if (Math.abs(p) >= SAFE || Math.abs(q) >= SAFE) {
			big += BigInt(ax) * BigInt(by) - BigInt(bx) * BigInt(ay);
			continue;
		}
		const d = p - q;
		if (Math.abs(sum) + Math.abs(d) >= 2 * SAFE) {
			big += BigInt(sum) + BigInt(d);
			sum = 0;
		} else {
			sum += d;
		}
	}
	return big === 0n ? sum : Number(big + BigInt(sum));
}

/**
 * Area in grid units² (mm²) of a region given as Clipper output: outer rings positive,
 * holes negative, so the signed ring areas add up to the region's area.
 * @example pathsArea(Clipper.union(paths, FillRule.NonZero)) / 1e6 // m²
 */
export function pathsArea(paths: Paths64): number {
	let twice = 0;
	for (const path of paths) twice += ringTwiceArea(path);
	return twice / 2;
}

/**
 * Area of one ring regardless of its orientation, in grid units².
 * @example ringArea(clockwiseSquare) // positive
 */
export function ringArea(path: Path64): number {
	return Math.abs(ringTwiceArea(path)) / 2;
}
