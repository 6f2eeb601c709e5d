import type { Position } from 'geojson';

/*
 * Ring steps shared by the Voronoi sample proposals and the zone test fixtures: make a ring
 * counter-clockwise, round it to the 1 mm grid, and densify it so neighbours share vertices.
 */

export function counterClockwise(ring: Position[]): Position[] {
	let twice = 0;
	ring.forEach((a, i) => {
		const b = ring[(i + 1) % ring.length]!;
		twice += a[0]! * b[1]! - b[0]! * a[1]!;
	});
	return twice < 0 ? [...ring].reverse() : ring;
}

export function roundMm(p: Position): Position {
	return [Math.round(p[0]! * 1000) / 1000, Math.round(p[1]! * 1000) / 1000];
}

/**
 * Splits every edge every `step` metres. Each edge is split from its lexicographically
 * smaller end, so the two cells sharing it get bit-identical vertices and their borders
 * cancel exactly in `checkPartition`.
 */
export function densify(ring: Position[], step: number): Position[] {
	const out: Position[] = [];
	for (let i = 0; i < ring.length; i++) {
		const a = ring[i]!;
		const b = ring[(i + 1) % ring.length]!;
		out.push(a);
		const forward = a[0]! < b[0]! || (a[0] === b[0] && a[1]! < b[1]!);
		const [p, q] = forward ? [a, b] : [b, a];
		const k = Math.max(1, Math.round(Math.hypot(q[0]! - p[0]!, q[1]! - p[1]!) / step));
		const inner: Position[] = [];
		for (let j = 1; j < k; j++) {
			inner.push(roundMm([p[0]! + ((q[0]! - p[0]!) * j) / k, p[1]! + ((q[1]! - p[1]!) * j) / k]));
		}
		out.push(...(forward ? inner : inner.reverse()));
	}
	return out;
}
