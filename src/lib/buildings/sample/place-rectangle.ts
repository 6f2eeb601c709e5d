import type { Rectangle } from './footprint';
import { circumradius, rectanglesOverlap } from './footprint';

export interface PlacementOptions {
	/** Minimum clear distance to every placed rectangle, metres. */
	gap: number;
	/** Distance between candidate positions, metres. */
	step: number;
	/** How far from the wanted centre to search, metres. */
	maxShift: number;
	/** Direction of the first candidate on each ring, radians (vary it per building). */
	startAngle?: number;
	/** Further rule a position must satisfy (e.g. inside the municipality). */
	allowed?: (r: Rectangle) => boolean;
}

export interface Placement {
	rectangle: Rectangle;
	/** How far the centre was moved from the wanted position, metres. */
	shift: number;
}

/**
 * Finds the position nearest to the wanted one (searching rings of growing radius) where the
 * rectangle keeps `gap` metres from every placed rectangle and satisfies `allowed`; null
 * when there is none within `maxShift`. Size and rotation are kept.
 * @example placeRectangle(hall, [school], { gap: 4, step: 5, maxShift: 500 })?.shift
 */
export function placeRectangle(
	wanted: Rectangle,
	placed: readonly Rectangle[],
	{ gap, step, maxShift, startAngle = 0, allowed = () => true }: PlacementOptions
): Placement | null {
	if (!(step > 0)) throw new RangeError(`step ${step} must be positive`);
	const rings = Math.floor(maxShift / step);
	const reach = maxShift + circumradius(wanted) + gap;
	const nearby = placed.filter(
		(o) => Math.hypot(o.x - wanted.x, o.y - wanted.y) <= reach + circumradius(o)
	);
	for (let k = 0; k <= rings; k++) {
		const radius = k * step;
		const count = k === 0 ? 1 : Math.ceil(2 * Math.PI * k);
		for (let i = 0; i < count; i++) {
			const angle = startAngle + (2 * Math.PI * i) / count;
			const candidate: Rectangle = {
				...wanted,
				x: wanted.x + radius * Math.cos(angle),
				y: wanted.y + radius * Math.sin(angle)
			};
			if (nearby.some((other) => rectanglesOverlap(candidate, other, gap))) continue;
			if (!allowed(candidate)) continue;
			return { rectangle: candidate, shift: radius };
		}
	}
	return null;
}
