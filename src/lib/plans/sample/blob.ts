import type { Path64, Point64 } from 'clipper2-ts';
import type { Random } from '../../buildings/sample/prng';
import { MM } from './local-frame';

export interface BlobShape {
	/** Semi-major axis in metres: no vertex lies further from the centre. */
	radius: number;
	/** Semi-major ÷ semi-minor axis (1 = round). */
	stretch?: number;
	/** Direction of the major axis, radians from east. */
	angle?: number;
	/** How far (0–1) the outline may dent inwards. */
	roughness?: number;
	vertices?: number;
}

/**
 * An irregular oval: a lake, a hazard zone, a cultural environment. Every vertex is seen
 * from the centre at a larger angle than the one before, so the ring is always simple; it
 * runs counter-clockwise and lies within `radius` of the centre.
 * @example blob({ x: 0, y: 0 }, { radius: 300, stretch: 1.5 }, createRandom('lake'))
 */
export function blob(centre: Point64, shape: BlobShape, random: Random): Path64 {
	const { radius, stretch = 1, angle = 0, roughness = 0.25, vertices = 20 } = shape;
	const dents = Array.from({ length: vertices }, () => random.next());
	const ring: Path64 = [];
	for (let k = 0; k < vertices; k++) {
		const smooth =
			((dents[(k + vertices - 1) % vertices] as number) +
				2 * (dents[k] as number) +
				(dents[(k + 1) % vertices] as number)) /
			4;
		const scale = 1 - roughness * smooth;
		const theta = (2 * Math.PI * k) / vertices;
		const u = radius * scale * Math.cos(theta);
		const v = (radius / stretch) * scale * Math.sin(theta);
		ring.push({
			x: Math.round(centre.x + (u * Math.cos(angle) - v * Math.sin(angle)) * MM),
			y: Math.round(centre.y + (u * Math.sin(angle) + v * Math.cos(angle)) * MM)
		});
	}
	return ring;
}
