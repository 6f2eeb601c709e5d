import { Clipper, type Path64, type Paths64, type Point64 } from 'clipper2-ts';
import { MM } from './local-frame';

/** A straight piece of a boundary edge and the unit normal pointing into the area. */
export interface Stretch {
	start: Point64;
	end: Point64;
	inward: { x: number; y: number };
}

/**
 * The stretch of `length` metres of the boundary edge nearest to `anchor`, centred on the
 * anchor's projection onto that edge (shifted to stay on the edge). Areas are Clipper-
 * normalised, so outer rings run counter-clockwise and the interior is on the left.
 * @example stretchAt(asker, toLocal(seamPoint), 400)
 */
export function stretchAt(area: Paths64, anchor: Point64, length: number): Stretch {
	let best: { a: Point64; b: Point64; distance: number; u: number } | null = null;
	for (const path of area) {
		path.forEach((a, i) => {
			const b = path[(i + 1) % path.length] as Point64;
			const [distance, u] = projection(anchor, a, b);
			if (!best || distance < best.distance) best = { a, b, distance, u };
		});
	}
	if (!best) throw new RangeError('empty area');
	const { a, b, u } = best as { a: Point64; b: Point64; u: number };
	const edge = Math.hypot(b.x - a.x, b.y - a.y);
	const half = (length * MM) / 2;
	if (edge < 2 * half)
		throw new RangeError(`edge of ${Math.round(edge / MM)} m is shorter than ${length} m`);
	const centre = Math.min(Math.max(u * edge, half), edge - half);
	const dx = (b.x - a.x) / edge;
	const dy = (b.y - a.y) / edge;
	const at = (s: number): Point64 => ({ x: Math.round(a.x + dx * s), y: Math.round(a.y + dy * s) });
	return { start: at(centre - half), end: at(centre + half), inward: { x: -dy, y: dx } };
}

/**
 * A rectangle on the stretch, `width` metres deep, inside the area or outside it.
 * @example rectangleOn(stretch, 0.5, 'inside') // a 0.5 m sliver along the border
 */
export function rectangleOn(stretch: Stretch, width: number, side: 'inside' | 'outside'): Path64 {
	const w = (side === 'inside' ? 1 : -1) * width * MM;
	const shift = (p: Point64): Point64 => ({
		x: Math.round(p.x + stretch.inward.x * w),
		y: Math.round(p.y + stretch.inward.y * w)
	});
	const ring = [stretch.start, stretch.end, shift(stretch.end), shift(stretch.start)];
	return Clipper.isPositive(ring) ? ring : ring.reverse();
}

/**
 * The middle of the rectangle: a point inside the sliver, notch or overlap it makes.
 * @example middleOf(stretch, 4.5, 'inside')
 */
export function middleOf(stretch: Stretch, width: number, side: 'inside' | 'outside'): Point64 {
	const w = ((side === 'inside' ? 1 : -1) * width * MM) / 2;
	return {
		x: Math.round((stretch.start.x + stretch.end.x) / 2 + stretch.inward.x * w),
		y: Math.round((stretch.start.y + stretch.end.y) / 2 + stretch.inward.y * w)
	};
}

function projection(p: Point64, a: Point64, b: Point64): [number, number] {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const length2 = dx * dx + dy * dy;
	const u =
		length2 === 0 ? 0 : Math.min(1, Math.max(0, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
	return [Math.hypot(a.x + u * dx - p.x, a.y + u * dy - p.y), u];
}
