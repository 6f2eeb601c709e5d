import Flatbush from 'flatbush';
import type { Paths64, Point64 } from 'clipper2-ts';
import { boxOf, type Box } from './box';
import { segmentsTouch } from './segments-touch';

/** Where a box lies relative to a region. */
export type BoxPlacement = 'inside' | 'outside' | 'crossing';

/**
 * A region with its edges in a Flatbush index, to prove cheaply that a feature's box lies
 * wholly inside or wholly outside it. Most plan features are far from any border; proving
 * that saves an overlay against a boundary of thousands of vertices for each of them.
 */
export class RegionIndex {
	readonly shape: Paths64;
	readonly box: Box | null;
	private readonly starts: Point64[] = [];
	private readonly ends: Point64[] = [];
	private readonly index: Flatbush | null;

	constructor(shape: Paths64) {
		this.shape = shape;
		this.box = boxOf(shape);
		for (const path of shape) {
			for (let i = 0; i < path.length; i++) {
				this.starts.push(path[i]!);
				this.ends.push(path[(i + 1) % path.length]!);
			}
		}
		if (this.starts.length === 0) {
			this.index = null;
			return;
		}
		this.index = new Flatbush(this.starts.length);
		for (let i = 0; i < this.starts.length; i++) {
			const a = this.starts[i]!;
			const b = this.ends[i]!;
			this.index.add(
				Math.min(a.x, b.x),
				Math.min(a.y, b.y),
				Math.max(a.x, b.x),
				Math.max(a.y, b.y)
			);
		}
		this.index.finish();
	}

	/**
	 * 'inside' or 'outside' when no edge of the region meets the closed box, so the whole box
	 * is on one side (decided by a ray from one corner); otherwise 'crossing'.
	 * @example new RegionIndex(territory).classify(boxOf(feature)!) // 'inside'
	 */
	classify(box: Box): BoxPlacement {
		if (!this.index || !this.box) return 'outside';
		const b = this.box;
		if (box.maxX < b.minX || box.minX > b.maxX || box.maxY < b.minY || box.minY > b.maxY) {
			return 'outside';
		}
		const hits = this.index.search(box.minX, box.minY, box.maxX, box.maxY);
		for (const i of hits) {
			if (segmentMeetsBox(this.starts[i]!, this.ends[i]!, box)) return 'crossing';
		}
		return this.contains(box.minX, box.minY) ? 'inside' : 'outside';
	}

	/** Even-odd ray cast towards +x; only valid for points on no edge (guaranteed by `classify`). */
	private contains(x: number, y: number): boolean {
		if (!this.index || !this.box) return false;
		let inside = false;
		for (const i of this.index.search(x, y, this.box.maxX, y)) {
			const a = this.starts[i]!;
			const c = this.ends[i]!;
			if (a.y > y === c.y > y) continue;
			// x of the crossing compared without division: sign of the cross product.
			const side = (c.x - a.x) * (y - a.y) - (x - a.x) * (c.y - a.y);
			if (c.y > a.y ? side > 0 : side < 0) inside = !inside;
		}
		return inside;
	}
}

/** Whether segment ab meets the closed box (Liang–Barsky style slab test, exact for integers). */
function segmentMeetsBox(a: Point64, b: Point64, box: Box): boolean {
	const inBox = (p: Point64) =>
		p.x >= box.minX && p.x <= box.maxX && p.y >= box.minY && p.y <= box.maxY;
	if (inBox(a) || inBox(b)) return true;
	const corners: Point64[] = [
		{ x: box.minX, y: box.minY },
		{ x: box.maxX, y: box.minY },
		{ x: box.maxX, y: box.maxY },
		{ x: box.minX, y: box.maxY }
	];
	// Neither end inside: the segment meets the box iff it meets one of its sides.
	for (let i = 0; i < 4; i++) {
		if (segmentsTouch(a, b, corners[i]!, corners[(i + 1) % 4]!)) return true;
	}
	return false;
}
