import type { Paths64 } from 'clipper2-ts';
import { boxOf } from '../../merge/geometry/box';
import { pathsArea } from '../../merge/geometry/paths-area';
import type { RegionIndex } from '../../merge/geometry/region-index';
import { splitPieces } from '../../merge/geometry/split-pieces';
import { splitByRegionChecked } from '../checked-overlay';
import { isNoise } from '../zone-shape';

/** Ground that zone `a` of A and zone `b` of B both cover, as connected pieces. */
export interface SharedGround {
	a: number;
	b: number;
	pieces: Paths64[];
	/** mm², the sum of the pieces. */
	area: number;
}

/** Every point covered by A or B, by which zone of each covers it. */
export interface CrossOverlay {
	shared: SharedGround[];
	/** Per zone of A: the connected pieces no zone of B covers. */
	onlyA: Paths64[][];
	/** Per zone of B: the connected pieces no zone of A covers. */
	onlyB: Paths64[][];
}

/**
 * Overlays two sets of disjoint zone shapes. Each zone is cut by the other side's zones one
 * at a time, the rest carried on, so each overlay is small and a zone only meets the zones
 * its box touches; the checked split guards the re-fed rests against the clipper2-ts defect
 * (see ../README.md). Pieces thinner than 1 mm are rounding and are left out.
 * @example crossOverlay(disjointShapes(a), disjointShapes(b)).shared
 */
export function crossOverlay(a: readonly RegionIndex[], b: readonly RegionIndex[]): CrossOverlay {
	const shared: SharedGround[] = [];
	const onlyA = a.map((zone, i) =>
		carve(zone.shape, b, (j, inside) => {
			const pieces = realPieces(inside);
			if (pieces.length === 0) return;
			const area = pieces.reduce((sum, p) => sum + pathsArea(p), 0);
			shared.push({ a: i, b: j, pieces, area });
		})
	);
	const onlyB = b.map((zone) => carve(zone.shape, a, () => {}));
	return { shared, onlyA, onlyB };
}

/** Cuts `shape` by each region in turn, reporting each inside part; returns what is left. */
function carve(
	shape: Paths64,
	regions: readonly RegionIndex[],
	onInside: (index: number, inside: Paths64) => void
): Paths64[] {
	let rest = shape;
	regions.forEach((region, index) => {
		const box = boxOf(rest);
		if (!box) return;
		const split = splitByRegionChecked(rest, box, region);
		if (split.inside.length === 0) return;
		onInside(index, split.inside);
		rest = split.outside;
	});
	return realPieces(rest);
}

function realPieces(region: Paths64): Paths64[] {
	return splitPieces(region).filter((piece) => !isNoise(piece));
}
