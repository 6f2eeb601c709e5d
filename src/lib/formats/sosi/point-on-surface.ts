import type { Position } from 'geojson';

/**
 * A point inside a polygon (not in a hole), for the `..NØ` representation point a FLATE
 * carries (plan-standards §4.1; Gml2Sosi writes PointOnSurface too). A horizontal line
 * between two vertex rows near the middle crosses the rings at no vertex; the middle of
 * its widest inside stretch (even–odd rule) is returned.
 * @example pointOnSurface([[[0, 0], [4, 0], [4, 2], [0, 2], [0, 0]]]) // [2, 1]
 */
export function pointOnSurface(rings: readonly (readonly Position[])[]): Position {
	const ys = [...new Set(rings.flat().map((p) => p[1] as number))].sort((a, b) => a - b);
	const lowest = ys[0] ?? 0;
	const middle = (lowest + (ys[ys.length - 1] ?? 0)) / 2;
	let index = ys.findIndex((y) => y > middle);
	if (index <= 0) index = Math.min(1, ys.length - 1);
	const y = ((ys[index - 1] ?? lowest) + (ys[index] ?? lowest)) / 2;

	const xs: number[] = [];
	for (const ring of rings) {
		for (let i = 0; i + 1 < ring.length; i++) {
			const [ax, ay] = ring[i] as [number, number];
			const [bx, by] = ring[i + 1] as [number, number];
			if (ay < y !== by < y) xs.push(ax + ((y - ay) * (bx - ax)) / (by - ay));
		}
	}
	xs.sort((a, b) => a - b);
	let best: Position = [xs[0] ?? 0, y];
	let widest = -1;
	for (let i = 0; i + 1 < xs.length; i += 2) {
		const width = (xs[i + 1] as number) - (xs[i] as number);
		if (width > widest) {
			widest = width;
			best = [((xs[i] as number) + (xs[i + 1] as number)) / 2, y];
		}
	}
	return best;
}
