import type { Position } from 'geojson';

/**
 * Shoelace area of a closed ring in its own planar units: positive when the ring runs
 * counter-clockwise in [E, N], the orientation RFC 7946 wants for outer rings (R7).
 * @example signedRingArea([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]) // 1
 */
export function signedRingArea(ring: readonly Position[]): number {
	let twice = 0;
	const [x0, y0] = (ring[0] ?? [0, 0]) as [number, number];
	// Relative to the first vertex: UTM coordinates are ~10^6, and products of them lose
	// the centimetres a plan area needs.
	for (let i = 1; i + 1 < ring.length; i++) {
		const [ax, ay] = ring[i] as [number, number];
		const [bx, by] = ring[i + 1] as [number, number];
		twice += (ax - x0) * (by - y0) - (bx - x0) * (ay - y0);
	}
	return twice / 2;
}

/**
 * Planar area of a polygon's rings: outer minus holes, whatever their orientation.
 * @example polygonArea([outer, hole])
 */
export function polygonArea(rings: readonly (readonly Position[])[]): number {
	return rings.reduce(
		(sum, ring, i) => sum + (i === 0 ? 1 : -1) * Math.abs(signedRingArea(ring)),
		0
	);
}
