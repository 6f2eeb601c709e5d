import type { Position } from 'geojson';
import type { Path64, Point64 } from 'clipper2-ts';
import { arcThroughPoints } from '../../formats/sosi/densify-arc';
import { MM, toLocal, toPosition } from './local-frame';

/** One SOSI `.BUEP`: start, a point on the arc, end (EPSG:25832 metres on the mm grid). */
export type ArcPoints = [Position, Position, Position];

/**
 * A circle as four quarter arcs, counter-clockwise from east (E → N → W → S → E). The
 * start and end points lie exactly on the millimetre grid (centre ± radius); the middle
 * points at 45° are rounded to it, as a file would store them, so each arc is the circle
 * through its own three stored points.
 * @example circleArcs({ x: 0, y: 0 }, 60).length // 4
 */
export function circleArcs(centre: Point64, radius: number): ArcPoints[] {
	const r = Math.round(radius * MM);
	const at = (k: number): Position => {
		const a = (k * Math.PI) / 4;
		return toPosition({
			x: centre.x + Math.round(r * Math.cos(a)),
			y: centre.y + Math.round(r * Math.sin(a))
		});
	};
	return [0, 2, 4, 6].map((k) => [at(k), at(k + 1), at((k + 2) % 8)] as ArcPoints);
}

/**
 * The ring a SOSI reader builds from these arcs in order: each densified with the reader's
 * own `arcThroughPoints` (chords within 1 cm of the arc), joined without the shared end
 * points, then put on the millimetre grid of the sample plans. Unclosed, as Clipper paths
 * are; its area is the reader's to well under 0.01 m².
 * @example densifyArcs(circleArcs({ x: 0, y: 0 }, 60)).length // about 160
 */
export function densifyArcs(arcs: readonly ArcPoints[]): Path64 {
	const ring: Path64 = [];
	for (const [p1, p2, p3] of arcs) {
		const points = arcThroughPoints(p1, p2, p3) ?? [p1, p3];
		for (const p of points.slice(ring.length === 0 ? 0 : 1)) {
			const q = toLocal(p);
			const last = ring[ring.length - 1];
			if (!last || last.x !== q.x || last.y !== q.y) ring.push(q);
		}
	}
	const [first] = ring;
	const last = ring[ring.length - 1];
	if (first && last && first.x === last.x && first.y === last.y) ring.pop();
	return ring;
}
