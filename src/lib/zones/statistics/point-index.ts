import Flatbush from 'flatbush';
import type { Paths64 } from 'clipper2-ts';
import type { Box } from '../../merge/geometry/box';
import { regionHasPoint, toGridPoint } from './point-in-region';

/**
 * Points (buildings, population points) on the 1 mm grid in a Flatbush index, so a zone
 * tests only the points inside its bounding box: a vertex move then costs the few points
 * near the one or two zones it changed, not every building in the municipality.
 */
export class PointIndex {
	private readonly xs: number[];
	private readonly ys: number[];
	private readonly index: Flatbush | null;

	constructor(positions: ReadonlyArray<readonly [number, number]>) {
		const grid = positions.map(toGridPoint);
		this.xs = grid.map((p) => p.x);
		this.ys = grid.map((p) => p.y);
		// Flatbush refuses an empty index; no points is a valid input (a register not loaded yet).
		this.index = grid.length > 0 ? new Flatbush(grid.length) : null;
		if (!this.index) return;
		for (const p of grid) this.index.add(p.x, p.y, p.x, p.y);
		this.index.finish();
	}

	/**
	 * Indices of the points the region holds (`regionHasPoint`: a point on a border belongs
	 * to exactly one of the zones sharing it), ascending.
	 * @example new PointIndex(positions).within(zone.rings, zone.box) // [3, 17]
	 */
	within(rings: Paths64, box: Box | null): number[] {
		if (!this.index || !box) return [];
		return this.index
			.search(box.minX, box.minY, box.maxX, box.maxY)
			.filter((i) => regionHasPoint(rings, this.xs[i]!, this.ys[i]!))
			.sort((a, b) => a - b);
	}
}
