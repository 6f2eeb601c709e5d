import type { Path64 } from 'clipper2-ts';

/** Test helper: an axis-aligned square in local millimetres, counter-clockwise. */
export function square(x: number, y: number, size: number): Path64 {
	return [
		{ x, y },
		{ x: x + size, y },
		{ x: x + size, y: y + size },
		{ x, y: y + size }
	];
}
