import type { Path64, Paths64, Point64 } from 'clipper2-ts';

/**
 * Removes vertices lying exactly on the straight line through their neighbours (such as the
 * ends of a border that a merge or a sliver assignment dissolved), except those `keep`
 * accepts: a neighbour or the boundary still needs them for a shared border. The integer
 * cross product of coordinate differences is exact below 94 km.
 * @example dropStraightVertices(Clipper.union(a, b, FillRule.NonZero), (p) => usedElsewhere(p))
 */
export function dropStraightVertices(shape: Paths64, keep: (p: Point64) => boolean): Paths64 {
	return shape.map((path) => dropInPath(path, keep));
}

function dropInPath(path: Path64, keep: (p: Point64) => boolean): Path64 {
	let ring = path;
	for (let i = 0; ring.length > 3 && i < ring.length;) {
		const p = ring[(i + ring.length - 1) % ring.length]!;
		const q = ring[i]!;
		const r = ring[(i + 1) % ring.length]!;
		const cross = (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
		if (cross === 0 && !keep(q)) {
			ring = [...ring.slice(0, i), ...ring.slice(i + 1)];
			// The previous vertex may now be straight too.
			i = Math.max(0, i - 1);
		} else {
			i++;
		}
	}
	return ring;
}
