import type { Paths64 } from 'clipper2-ts';
import { UNITS_PER_METRE } from '../../merge/geometry/to-paths';

/** Above this an integer product is no longer exact in a double. */
const SAFE = 2 ** 53;

/**
 * A position in metres on the 1 mm grid the zones are overlaid on.
 * @example toGridPoint([580000.0004, 6633000]) // { x: 580000000, y: 6633000000 }
 */
export function toGridPoint(position: readonly [number, number]): { x: number; y: number } {
	return {
		x: Math.round(position[0] * UNITS_PER_METRE),
		y: Math.round(position[1] * UNITS_PER_METRE)
	};
}

/**
 * Whether a region holds a grid point, where a point on an edge belongs to the side a nudge of
 * (ε, ε²) takes it to: a little east, and north to break ties on horizontal edges. Zones that
 * tile the ground share their edges exactly, so a building on a border (or on a corner where
 * four zones meet) falls in exactly one zone, and which one depends only on the point and that
 * zone's rings, never on the neighbours, so each zone's count can be cached on its own.
 *
 * The nudge is symbolic (simulation of simplicity): a ray from the nudged point towards +x
 * crosses an edge exactly when the edge's ends lie on different sides of y (`a.y > y`), and
 * the crossing is east of the nudged point exactly when the cross product below is positive;
 * zero means the point is on the edge and the crossing is west of the nudge.
 * @example regionHasPoint([[{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }]], 0, 5) // true
 */
export function regionHasPoint(rings: Paths64, x: number, y: number): boolean {
	let inside = false;
	for (const ring of rings) {
		const n = ring.length;
		for (let i = 0, j = n - 1; i < n; j = i++) {
			const a = ring[j]!;
			const b = ring[i]!;
			if (a.y > y === b.y > y) continue;
			const dy = b.y - a.y;
			const side = crossSign(a.x - x, dy, a.y - y, b.x - a.x);
			if (side * dy > 0) inside = !inside;
		}
	}
	return inside;
}

/** Sign of p·q − r·s, exact for integers: BigInt when a product could round. */
function crossSign(p: number, q: number, r: number, s: number): number {
	const left = p * q;
	const right = r * s;
	if (Math.abs(left) < SAFE && Math.abs(right) < SAFE) return Math.sign(left - right);
	const exact = BigInt(p) * BigInt(q) - BigInt(r) * BigInt(s);
	return exact > 0n ? 1 : exact < 0n ? -1 : 0;
}
