import type { Path64 } from 'clipper2-ts';

/**
 * The vertex with the smallest x (then y): the canonical start of a ring.
 * @example lowestLeftmost([{ x: 3, y: 1 }, { x: 1, y: 5 }, { x: 1, y: 2 }]) // { x: 1, y: 2, index: 2 }
 */
export function lowestLeftmost(path: Path64): { x: number; y: number; index: number } {
	let best = 0;
	for (let i = 1; i < path.length; i++) {
		const p = path[i]!;
		const q = path[best]!;
		if (p.x < q.x || (p.x === q.x && p.y < q.y)) best = i;
	}
	const p = path[best] ?? { x: 0, y: 0 };
	return { x: p.x, y: p.y, index: best };
}
